/**
 * CSV as RFC 4180 writes it (CRLF rows, fields quoted when they hold a comma, quote or
 * line break, quotes doubled), with every cell that a spreadsheet would read as a formula
 * neutralised by a leading apostrophe (OWASP's advice against CSV injection). Characters
 * that draw nothing but reorder or hide text (bidi overrides, zero-width spaces, control
 * characters) are dropped first, so none can hide a formula from that check.
 */
import { withoutInvisibleControls } from "../visible-text";

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvCell(value: string | number): string {
  const text = neutraliseFormula(withoutInvisibleControls(String(value)));
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
