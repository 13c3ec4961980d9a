/**
 * A date and time as zod's `z.iso.datetime()` accepts it with its default options (no
 * offset, no local time, any precision): `2026-11-01T10:00:00Z`, with optional fractions of
 * a second, always in UTC ("Z"), and a real calendar day (29 February only in leap years).
 * The pattern is zod's own (node_modules/zod/v4/core/regexes.js); a test compares them.
 */
import { fail, pass, type Check } from "./issue";
import { INVALID_DATE, INVALID_DATETIME, invalidType } from "./words";

const DAY = String.raw`(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))`;
const TIME = String.raw`(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?`;

export const ISO_DATETIME = new RegExp(`^${DAY}T(?:${TIME}(?:Z))$`);
/** A calendar day alone, as `z.iso.date()` takes it: `2026-11-01`. */
export const ISO_DATE = new RegExp(`^${DAY}$`);

export const isoDatetime: Check<string> = (input) => {
  if (typeof input !== "string") return fail(invalidType("string", input));
  return ISO_DATETIME.test(input) ? pass(input) : fail(INVALID_DATETIME);
};

export const isoDate: Check<string> = (input) => {
  if (typeof input !== "string") return fail(invalidType("string", input));
  return ISO_DATE.test(input) ? pass(input) : fail(INVALID_DATE);
};
