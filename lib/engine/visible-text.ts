/**
 * Text as a reader sees it. Some characters draw nothing, yet change what is shown: bidi
 * controls reorder the text after them, zero-width characters hide inside words, control
 * characters drive terminals. Two uses: a name must have something visible in it, and
 * user text written into a file must not carry controls that disguise it.
 */

/**
 * The few format characters that print: the Arabic number signs (U+0600–U+0605 and
 * similar), written before digits and shown as marks. Every other one draws nothing.
 */
const PRINTING_FORMAT = String.raw`\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u{110BD}\u{110CD}`;

/** Blank to a reader: white space, controls, format characters, default-ignorables, the Braille blank. */
const BLANK = new RegExp(String.raw`^(?![${PRINTING_FORMAT}])[\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]$`, "u");

/**
 * Format characters that draw nothing: bidi embeddings, overrides, isolates and marks,
 * zero-width spaces, the word joiner, the byte-order mark, tag characters. (The
 * zero-width joiner is dealt with by STRAY_JOINER.)
 */
const INVISIBLE_FORMAT = new RegExp(String.raw`(?![${PRINTING_FORMAT}\u200D])\p{Cf}`, "gu");
/** Control characters other than tab, line feed and carriage return (line breaks are each format's business). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/**
 * A zero-width joiner that does not join two emoji. One that does (👩‍💻, 🏳️‍🌈) is part of
 * the picture, not a hiding place, and is kept.
 */
const STRAY_JOINER = /\u200D(?<!\p{Extended_Pictographic}[\uFE0F\u{1F3FB}-\u{1F3FF}]?\u200D)|\u200D(?!\p{Extended_Pictographic})/gu;

const isBlank = (char: string): boolean => BLANK.test(char);

/** The text without blank or invisible characters at either end; what is inside is kept. */
export function visibleText(text: string): string {
  const chars = [...text];
  let start = 0;
  let end = chars.length;
  while (start < end && isBlank(chars[start] ?? "")) start += 1;
  while (end > start && isBlank(chars[end - 1] ?? "")) end -= 1;
  return chars.slice(start, end).join("");
}

/** True when the text shows at least one character: not empty, not only spaces or invisible characters. */
export function hasVisibleText(text: string): boolean {
  return [...text].some((char) => !isBlank(char));
}

/**
 * The text without characters that draw nothing but can reorder, hide or control what is
 * shown (see INVISIBLE_FORMAT and CONTROL). Tabs and line breaks are kept, and so is a
 * zero-width joiner inside an emoji sequence.
 */
export function withoutInvisibleControls(text: string): string {
  return text.replace(CONTROL, "").replace(INVISIBLE_FORMAT, "").replace(STRAY_JOINER, "");
}
