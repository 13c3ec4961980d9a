/**
 * Ids content no longer has, and what became of them. Append here whenever a question,
 * option or action is renamed or removed; never reuse an id for a different meaning.
 * Old result links, saved assessments and imported files are read through this.
 */
import { idHistorySchema, type IdHistory } from "@/lib/engine/share/id-history";

export const idHistory: IdHistory = idHistorySchema.parse({
  questions: { renamed: {}, removed: [] },
  options: {},
  actions: { renamed: {}, removed: [] },
});
