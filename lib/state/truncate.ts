/**
 * Shortens text to at most `max` UTF-16 units (what the schemas count) without cutting a
 * character in half: whole grapheme clusters only, so an emoji, a flag or an accented
 * letter is kept whole or left out whole.
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const pieces =
    typeof Intl !== "undefined" && "Segmenter" in Intl
      ? Array.from(new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text), (s) => s.segment)
      : Array.from(text);
  let out = "";
  for (const piece of pieces) {
    if (out.length + piece.length > max) break;
    out += piece;
  }
  return out;
}
