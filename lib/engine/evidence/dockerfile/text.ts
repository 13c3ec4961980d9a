/** Small string helpers for the Dockerfile reader. All are linear in their input. */

const MAX_SOURCE_TEXT = 200;

/** One display line: whitespace runs collapsed, trimmed, at most 200 characters. */
export function displayText(text: string): string {
  // Only the head is shown, so never collapse more than is needed (long lines stay cheap).
  const head = text.length > MAX_SOURCE_TEXT * 4 ? text.slice(0, MAX_SOURCE_TEXT * 4) : text;
  return cut(head.replace(/\s+/g, " ").trim(), MAX_SOURCE_TEXT);
}

/** Cut to `max` characters, ending with "…" when something was dropped. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = Array.from(text.slice(0, max));
  return chars.slice(0, max - 1).join("") + "…";
}

/** The last path component, lower-case, without `.exe`: `/usr/bin/tini` → `tini`. */
export function baseName(word: string): string {
  const last = word.slice(Math.max(word.lastIndexOf("/"), word.lastIndexOf("\\")) + 1).toLowerCase();
  return last.endsWith(".exe") ? last.slice(0, -4) : last;
}

/**
 * Words of a shell command, quotes removed. Not a shell: enough to find the program and
 * the tools a command names (`nginx & node app.js` → nginx, &, node, app.js).
 */
export function shellWords(command: string, limit = Infinity): string[] {
  const words: string[] = [];
  let word = "";
  let quote: string | null = null;
  let inWord = false;
  for (const char of command) {
    if (words.length >= limit) return words;
    if (quote !== null) {
      if (char === quote) quote = null;
      else word += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      inWord = true;
    } else if (char === " " || char === "\t" || char === "\n" || char === "\r") {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
    } else {
      word += char;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/** The JSON array of strings a command is written as, or null (Docker then uses the shell form). */
export function execForm(command: string): string[] | null {
  const trimmed = command.trim();
  if (!trimmed.startsWith("[") || !trimmed.endsWith("]")) return null;
  try {
    const parsed: unknown = JSON.parse(trimmed);
    if (!Array.isArray(parsed)) return null;
    const strings = parsed.filter((item): item is string => typeof item === "string");
    return strings.length === parsed.length ? strings : null;
  } catch {
    return null;
  }
}

/**
 * True when a shell command runs something in the background and then goes on: `a & b`.
 * `&&`, `|&`, `>&2`, `&>` and quoted ampersands do not count.
 */
export function backgroundsAndContinues(command: string): boolean {
  let quote: string | null = null;
  for (let i = 0; i < command.length; i += 1) {
    const char = command[i];
    if (quote !== null) {
      if (char === quote) quote = null;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    if (char !== "&") continue;
    const before = command[i - 1] ?? "";
    const after = command[i + 1] ?? "";
    if (after === "&") {
      i += 1;
      continue;
    }
    if (before === ">" || before === "|" || before === "<" || after === ">") continue;
    // What follows, past blanks: another command means two processes run side by side.
    let next = i + 1;
    while (next < command.length && /[\s;]/.test(command[next] ?? "")) next += 1;
    if (next < command.length && command[next] !== "#" && command[next] !== "&") return true;
  }
  return false;
}
