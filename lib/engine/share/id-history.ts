/**
 * What became of ids that content no longer has: renamed (to what) or removed. Old
 * result links, saved assessments and imported files are read through it, and what
 * cannot be mapped is listed for the user rather than dropped in silence.
 */

/** One kind of id's changes: old id → new id, and ids that are gone. */
export type IdChanges = { renamed: Record<string, string>; removed: string[] };

/**
 * The whole history. A typed value (content/id-history.ts), checked against
 * idHistorySchema (id-history-schema.ts) by a content test rather than when it is loaded,
 * so that the store, which reads everything through it, does not bring zod to the page.
 */
export type IdHistory = {
  questions: IdChanges;
  /** Per question (by its current id): its options' renames and removals. */
  options: Record<string, IdChanges>;
  actions: IdChanges;
};

export const EMPTY_HISTORY: IdHistory = {
  questions: { renamed: {}, removed: [] },
  options: {},
  actions: { renamed: {}, removed: [] },
};

/** The id an old id goes by now, following renames in turn; undefined when it was removed. */
export function currentId(changes: IdChanges | undefined, id: string): string | undefined {
  let current = id;
  const seen = new Set<string>();
  while (changes && Object.hasOwn(changes.renamed, current) && !seen.has(current)) {
    seen.add(current);
    current = changes.renamed[current] ?? current;
  }
  return changes?.removed.includes(current) ? undefined : current;
}
