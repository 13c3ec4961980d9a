/**
 * Evidence follows its answer: renamed with the question through the id history, and left
 * out where the answer it backs is gone (the question removed, or the answer lost on the
 * way in), so a citation never sits beside an answer it did not give.
 */
import type { AnswerValue } from "../answers";
import { currentId, type IdHistory } from "../share/id-history";

export function keptEvidence(
  evidence: Readonly<Record<string, string>> | undefined,
  answers: Readonly<Record<string, AnswerValue>>,
  history?: IdHistory,
): Record<string, string> | undefined {
  if (evidence === undefined) return undefined;
  // Built from entries, so an id such as "__proto__" stays an own key and sets no prototype.
  const entries: [string, string][] = [];
  for (const [oldId, citation] of Object.entries(evidence)) {
    const id = history ? currentId(history.questions, oldId) : oldId;
    if (id !== undefined && Object.hasOwn(answers, id) && citation.length > 0) entries.push([id, citation]);
  }
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** The assessment's evidence field, present only when there is some. */
export function evidenceField(evidence: Record<string, string> | undefined): { evidence?: Record<string, string> } {
  return evidence ? { evidence } : {};
}
