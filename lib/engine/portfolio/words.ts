/** Counts and places in words, for sentences made from data. */
const SMALL = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

/** "no risks", "one risk", "two risks", "12 risks". */
export function counted(count: number, one: string, many: string): string {
  return `${SMALL[count] ?? String(count)} ${count === 1 ? one : many}`;
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** “A”, “A” and “B”, “A”, “B” and “C”, or the first two and “n more”. */
export function listed(names: readonly string[], shown = 3): string {
  const quoted = names.map((name) => `“${name}”`);
  if (quoted.length <= shown)
    return quoted.length <= 1 ? (quoted[0] ?? "") : `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1) ?? ""}`;
  return `${quoted.slice(0, shown - 1).join(", ")} and ${quoted.length - shown + 1} more`;
}

export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
