/** Narrows away `undefined` in tests, failing loudly with a message that says what was missing. */
export function must<T>(value: T | undefined | null, message: string): T {
  if (value === undefined || value === null) throw new Error(`Test setup: ${message}`);
  return value;
}
