/**
 * Making user text safe inside Markdown: it can neither start structure (headings, lists,
 * tables, links, emphasis) nor carry HTML. Content text is ours and trusted; user text
 * (names, notes, people, reasons, text answers) always goes through here.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~]/g;

export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n/g, " ")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replace(MARKDOWN_PUNCTUATION, (match) => `\\${match}`);
}

/** Trusted text inside a table cell: only the pipe and line breaks would break the row. */
export function tableCell(text: string): string {
  return text.replace(/\r\n?|\n/g, " ").replaceAll("|", "\\|");
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
