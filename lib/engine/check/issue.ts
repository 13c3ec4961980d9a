/**
 * A hand-written check's verdict. Only the first problem is kept, the one zod would list
 * first: it is all a result link shows and all a saved record needs, and stopping there
 * keeps the checks short.
 */

/** Where a problem is (keys and indexes from the outside in) and zod's words for it. */
export interface Issue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; issue: Issue };

/** Checks an untrusted value and returns it in its checked form (a copy for objects and lists). */
export type Check<T> = (input: unknown) => Checked<T>;

export const pass = <T>(value: T): Checked<T> => ({ ok: true, value });

export const fail = (message: string, path: readonly PropertyKey[] = []): { ok: false; issue: Issue } => ({
  ok: false,
  issue: { path, message },
});

/** A problem found inside `key`, as seen from the value that holds it. */
export const under = (key: PropertyKey, issue: Issue): { ok: false; issue: Issue } => fail(issue.message, [key, ...issue.path]);
