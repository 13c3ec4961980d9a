/**
 * Text checks as zod's `z.string().check(z.trim(), z.minLength(…), z.maxLength(…))` makes
 * them: lengths count code points (an emoji is one character, as zod counts it), and a
 * value that is not a string fails on its type before any length is looked at.
 */
import { fail, pass, type Check } from "./issue";
import { invalidType, tooBig, tooSmall } from "./words";

/** Characters as zod counts them: a surrogate pair is one, a lone surrogate is one too. */
export function codePointLength(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i += 1) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count -= 1;
      i += 1;
    }
  }
  return count;
}

export interface TextRules {
  /** Drop white space at either end first (String.prototype.trim, as z.trim does). */
  trim?: boolean;
  min?: number;
  max?: number;
}

export function text({ trim = false, min, max }: TextRules): Check<string> {
  return (input) => {
    if (typeof input !== "string") return fail(invalidType("string", input));
    const value = trim ? input.trim() : input;
    const length = codePointLength(value);
    if (min !== undefined && length < min) return fail(tooSmall("string", min));
    if (max !== undefined && length > max) return fail(tooBig("string", max));
    return pass(value);
  };
}
