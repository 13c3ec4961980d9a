/**
 * What became of ids that content no longer has: renamed (to what) or removed. Old
 * result links, saved assessments and imported files are read through it, and what
 * cannot be mapped is listed for the user rather than dropped in silence.
 */
import "../zod-config";
import * as z from "zod/mini";

const changesSchema = z.strictObject({
  renamed: z.record(z.string(), z.string()),
  removed: z.array(z.string()),
});

export const idHistorySchema = z.strictObject({
  questions: changesSchema,
  /** Per question (by its current id): its options' renames and removals. */
  options: z.record(z.string(), changesSchema),
  actions: changesSchema,
});

export type IdChanges = z.infer<typeof changesSchema>;
export type IdHistory = z.infer<typeof idHistorySchema>;

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
