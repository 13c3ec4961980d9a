/**
 * Reading plain YAML values without trusting their shape: a string where a map belongs, a
 * number given as a string, a list that is a scalar. Each helper answers undefined (or
 * empty) for the wrong type, so the readers skip what they cannot read instead of throwing.
 */

export type ValueMap = Record<string, unknown>;

export function isValueMap(value: unknown): value is ValueMap {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The map at `key`, or undefined. */
export function mapAt(value: unknown, key: string): ValueMap | undefined {
  if (!isValueMap(value)) return undefined;
  const found = value[key];
  return isValueMap(found) ? found : undefined;
}

export function valueAt(value: unknown, key: string): unknown {
  return isValueMap(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

export function stringAt(value: unknown, key: string): string | undefined {
  const found = valueAt(value, key);
  return typeof found === "string" ? found : undefined;
}

/** A number as YAML wrote it; a quoted number is the wrong type and is skipped. */
export function numberAt(value: unknown, key: string): number | undefined {
  const found = valueAt(value, key);
  return typeof found === "number" && Number.isFinite(found) ? found : undefined;
}

export function listAt(value: unknown, key: string): unknown[] {
  const found = valueAt(value, key);
  return Array.isArray(found) ? found : [];
}

export function isTrueAt(value: unknown, key: string): boolean {
  return valueAt(value, key) === true;
}

/** A scalar as text (for fields where YAML may type `0` or `true` for a string). */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

/** The strings of a list, skipping anything else. */
export function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

/** A map's keys that hold something (an empty map or list says nothing). */
export function hasEntries(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return isValueMap(value) && Object.keys(value).length > 0;
}

/** The value at a path of keys and indexes, or undefined where the shape does not fit. */
export function valueAtPath(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const segment of path) {
    if (typeof segment === "number") current = Array.isArray(current) ? current[segment] : undefined;
    else current = valueAt(current, segment);
    if (current === undefined) return undefined;
  }
  return current;
}
