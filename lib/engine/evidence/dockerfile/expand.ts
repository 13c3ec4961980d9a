/**
 * ARG/ENV substitution, where it is simple: `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME:+word}`
 * (and the forms without the colon). A variable whose value the file does not give (an ARG
 * with no default, a name never declared) leaves the result unresolved: a build argument
 * may set it, so the reader must not guess.
 */

/** string: known; null: declared with no value; undefined: not declared. */
export type Lookup = (name: string) => string | null | undefined;

export interface Expansion {
  /** The text with known variables replaced and unknown ones replaced by UNKNOWN. */
  text: string;
  unresolved: boolean;
}

/** Marks where an unknown variable stood, so callers can tell which part of a value is unknown. */
export const UNKNOWN = "\u0000";

const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;

export function expand(input: string, lookup: Lookup, escape: string): Expansion {
  let text = "";
  let unresolved = false;
  let i = 0;
  while (i < input.length) {
    const dollar = input.indexOf("$", i);
    if (dollar < 0) {
      text += input.slice(i);
      break;
    }
    if (dollar > i && input[dollar - 1] === escape) {
      text += input.slice(i, dollar - 1) + "$";
      i = dollar + 1;
      continue;
    }
    text += input.slice(i, dollar);
    i = dollar;
    if (input[i + 1] === "{") {
      const close = input.indexOf("}", i + 2);
      if (close < 0) {
        // No `}` is left anywhere, so no later `${` closes either: the rest is literal.
        text += input.slice(i);
        break;
      }
      const value = braced(input.slice(i + 2, close), lookup);
      if (value === null) unresolved = true;
      text += value ?? UNKNOWN;
      i = close + 1;
      continue;
    }
    NAME.lastIndex = i + 1;
    const match = NAME.exec(input);
    if (match === null) {
      text += "$";
      i += 1;
      continue;
    }
    const value = lookup(match[0]);
    if (value === null || value === undefined) unresolved = true;
    text += value ?? UNKNOWN;
    i += 1 + match[0].length;
  }
  return { text, unresolved };
}

/** The value of `${…}`'s inside, or null when it depends on something unknown. */
function braced(inside: string, lookup: Lookup): string | null {
  NAME.lastIndex = 0;
  const match = NAME.exec(inside);
  if (match === null) return null;
  const value = lookup(match[0]);
  const rest = inside.slice(match[0].length);
  if (rest === "") return value ?? null;
  const operator = /^(:?[-+])/.exec(rest);
  if (operator === null) return null; // `${x#pattern}` and the like: not simple
  const word = rest.slice(operator[0].length);
  if (word.includes("$")) return null;
  const colon = operator[0].startsWith(":");
  // A declared ARG with no default may still be given at build time: unknown either way.
  if (value === null) return null;
  const isSet = value !== undefined && (!colon || value !== "");
  if (operator[0].endsWith("-")) return isSet ? (value ?? "") : word;
  return isSet ? word : "";
}

/** Expand, or null when any part is unknown. */
export function expandFully(input: string, lookup: Lookup, escape: string): string | null {
  const result = expand(input, lookup, escape);
  return result.unresolved ? null : result.text;
}
