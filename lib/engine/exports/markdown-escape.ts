/**
 * Making user text safe inside Markdown: it can neither start structure (headings, lists,
 * tables, links, emphasis) nor carry HTML, nor hide behind characters that draw nothing
 * (bidi overrides that reorder what follows, zero-width spaces, control characters).
 * Content text is ours and trusted; user text (names, notes, people, reasons, text
 * answers) always goes through here.
 */
import { withoutInvisibleControls } from "../visible-text";

const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~]/g;
/** Line breaks, including the Unicode line and paragraph separators some viewers break on. */
const LINE_BREAK = /\r\n?|[\n\u2028\u2029]/g;

export function escapeMarkdown(text: string): string {
  return withoutInvisibleControls(text.replace(LINE_BREAK, " "))
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replace(MARKDOWN_PUNCTUATION, (match) => `\\${match}`);
}

/** Trusted text inside a table cell: only the pipe and line breaks would break the row. */
export function tableCell(text: string): string {
  return text.replace(LINE_BREAK, " ").replaceAll("|", "\\|");
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
