/**
 * Objects as zod's `z.strictObject` and `z.record` check them. The details are zod's and
 * matter: a strict object takes any non-null, non-array object, checks its fields in the
 * order they are declared, and then refuses keys it does not know (`__proto__` included); a
 * record takes only a plain object and silently leaves out an own `__proto__` key, so a
 * saved "__proto__" answer never reaches the prototype of what is built.
 */
import { fail, pass, under, type Check, type Checked } from "./issue";
import { INVALID_KEY_IN_RECORD, invalidType, unrecognizedKeys } from "./words";

type Bag = Record<PropertyKey, unknown>;

/** zod's test for `z.object`: an object that is neither null nor an array. */
export const isObject = (value: unknown): value is Bag => typeof value === "object" && value !== null && !Array.isArray(value);

/** zod's test for `z.record`: an object made by `{}`, JSON.parse or Object.create(null), not a class instance. */
export function isPlainObject(value: unknown): value is Bag {
  if (!isObject(value)) return false;
  const made = value.constructor;
  if (made === undefined || typeof made !== "function") return true;
  const prototype: unknown = made.prototype;
  return isObject(prototype) && Object.prototype.hasOwnProperty.call(prototype, "isPrototypeOf");
}

/** A field's check, and whether the field may be left out (z.optional). */
export interface Field<V> {
  readonly check: Check<V>;
  readonly optional: boolean;
}

export const required = <V>(check: Check<V>): Field<V> => ({ check, optional: false });

/** Absent or undefined is fine; a field present as undefined stays present, as zod keeps it. */
export const optional = <V>(check: Check<V>): Field<V | undefined> => ({
  check: (input) => (input === undefined ? pass(undefined) : check(input)),
  optional: true,
});

export function strictObject<T extends object>(fields: { readonly [K in keyof T]-?: Field<T[K]> }): Check<T> {
  // Declared order is checking order, so the first problem is the one zod lists first.
  const entries: [string, Field<unknown>][] = Object.entries(fields);
  const known = new Set(entries.map(([key]) => key));
  return (input) => {
    if (!isObject(input)) return fail(invalidType("object", input));
    const output: Bag = {};
    for (const [key, field] of entries) {
      const present = key in input;
      if (!present && field.optional) continue;
      const result: Checked<unknown> = field.check(input[key]);
      if (!result.ok) return under(key, result.issue);
      output[key] = result.value;
    }
    const unknown: string[] = [];
    for (const key in input) if (!known.has(key)) unknown.push(key);
    if (unknown.length > 0) return fail(unrecognizedKeys(unknown));
    // Every field of T was checked into `output` above, under its own name.
    return pass(output as T);
  };
}

export function record<V>(key: Check<string>, value: Check<V>): Check<Record<string, V>> {
  return (input) => {
    if (!isPlainObject(input)) return fail(invalidType("record", input));
    const output: Record<string, V> = {};
    for (const name of Reflect.ownKeys(input)) {
      if (name === "__proto__" || !Object.prototype.propertyIsEnumerable.call(input, name)) continue;
      if (typeof name === "symbol" || !key(name).ok) return fail(INVALID_KEY_IN_RECORD, [name]);
      const result = value(input[name]);
      if (!result.ok) return under(name, result.issue);
      output[name] = result.value;
    }
    return pass(output);
  };
}
