/**
 * Ids content no longer has, and what became of them. Append here whenever a question,
 * option or action is renamed or removed; never reuse an id for a different meaning.
 * Old result links, saved assessments and imported files are read through this.
 * A typed value, not parsed as it loads: every page that shows an assessment loads it, and
 * parsing here would bring zod with it. content/id-history.test.ts checks it with the schema.
 */
import type { IdHistory } from "@/lib/engine/content-schema";

export const idHistory: IdHistory = {
  questions: { renamed: {}, removed: [] },
  options: {
    // 2026.12.1: "unknown" read like the "not sure" of other questions, but it is a definite
    // answer (the team does not know its dependencies); "not sure" stays the only unknown.
    "app-knowledge.dependencies": { renamed: { unknown: "unmapped" }, removed: [] },
  },
  actions: { renamed: {}, removed: [] },
};
