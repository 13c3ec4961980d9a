/**
 * Lookups in records keyed by ids that came from storage or a URL. Own keys only, so an
 * id such as "constructor" or "__proto__" finds nothing it was not given; changes go
 * through entries, so such an id is stored as a plain key and never sets a prototype.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function withKey<T>(record: Readonly<Record<string, T>>, key: string, value: T): Record<string, T> {
  return Object.fromEntries([...Object.entries(record).filter(([k]) => k !== key), [key, value]]);
}

export function withoutKey<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}
