/**
 * For tests: a strict RFC 4180 reader, to read every CSV export back. CRLF row ends only,
 * quotes only around a whole field; anything else throws, so a test that reads a file with
 * it also proves the file well-formed.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = "";
    quoted = false;
  };
  while (i < text.length) {
    if (text[i] === '"' && field === "" && !quoted) {
      quoted = true;
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error("unterminated quoted field");
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i += 1;
          break;
        } else {
          field += text[i];
          i += 1;
        }
      }
      if (i < text.length && text[i] !== "," && text[i] !== "\r") throw new Error(`text after a closing quote at ${i}`);
      continue;
    }
    const char = text[i];
    if (char === ",") {
      endField();
      i += 1;
    } else if (char === "\r") {
      if (text[i + 1] !== "\n") throw new Error(`bare CR at ${i}`);
      endField();
      rows.push(row);
      row = [];
      i += 2;
    } else if (char === "\n" || char === '"') {
      throw new Error(`unquoted ${JSON.stringify(char)} at ${i}`);
    } else {
      field += char;
      i += 1;
    }
  }
  if (field !== "" || row.length > 0) throw new Error("the last row has no CRLF");
  return rows;
}
