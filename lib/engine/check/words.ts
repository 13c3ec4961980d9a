/**
 * zod's English words for each kind of problem (node_modules/zod/v4/locales/en.js), for the
 * checks that run in the browser without zod. A result link that fails a check shows the
 * first problem in these words, so they must be zod's, letter for letter; the property test
 * in assessment-shape.property.test.ts compares them with zod's over many inputs.
 */

/** The origins zod measures in units: string lengths in characters, list lengths in items. */
const UNITS = { string: "characters", array: "items" } as const;
type Sized = keyof typeof UNITS;
/** "int" is zod's origin for the safe-integer range of `z.int()`. */
type Origin = Sized | "number" | "int";

const isSized = (origin: Origin): origin is Sized => origin in UNITS;

/**
 * What zod calls a value's type: JavaScript's typeof, with null, arrays, NaN and the
 * infinities told apart, and an object that is not a plain one named by its class (Date).
 * (zod also renames a class called "nan", or one named like a key of Object.prototype;
 * nothing read from storage or a link is such an object, so that is not copied.)
 */
export function typeName(input: unknown): string {
  if (typeof input === "number") return Number.isFinite(input) ? "number" : String(input);
  if (typeof input !== "object") return typeof input;
  if (input === null) return "null";
  if (Array.isArray(input)) return "array";
  if (Object.getPrototypeOf(input) !== Object.prototype && "constructor" in input && input.constructor) {
    return String((input.constructor as { name?: unknown }).name);
  }
  return "object";
}

export const invalidType = (expected: string, input: unknown): string => `Invalid input: expected ${expected}, received ${typeName(input)}`;

export const tooBig = (origin: Origin, maximum: number): string =>
  isSized(origin) ? `Too big: expected ${origin} to have <=${maximum} ${UNITS[origin]}` : `Too big: expected ${origin} to be <=${maximum}`;

export const tooSmall = (origin: Origin, minimum: number): string =>
  isSized(origin)
    ? `Too small: expected ${origin} to have >=${minimum} ${UNITS[origin]}`
    : `Too small: expected ${origin} to be >=${minimum}`;

export const notOneOf = (values: readonly string[]): string =>
  values.length === 1
    ? `Invalid input: expected "${values[0]}"`
    : `Invalid option: expected one of ${values.map((value) => `"${value}"`).join("|")}`;

export const unrecognizedKeys = (keys: readonly string[]): string =>
  `Unrecognized key${keys.length > 1 ? "s" : ""}: ${keys.map((key) => `"${key}"`).join(", ")}`;

export const INVALID_KEY_IN_RECORD = "Invalid key in record";
export const INVALID_DATETIME = "Invalid ISO datetime";
export const INVALID_DATE = "Invalid ISO date";
/** A value that fits none of a union's options (and fails more than one of them on its type). */
export const INVALID_INPUT = "Invalid input";
