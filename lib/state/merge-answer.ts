/**
 * Merging one tab's change to an answer with what another tab stored meanwhile. A single
 * choice, a scale point or a text is replaced (the latest word wins, on that question
 * only); a multiple choice takes the boxes this tab ticked or cleared, and keeps the ones
 * another tab ticked.
 */
import type { AnswerValue } from "@/lib/engine";

export function sameAnswer(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v) => b.includes(v));
  return a === b;
}

/**
 * @param stored what storage holds now
 * @param before what this tab showed before the change
 * @param wanted what this tab changed it to (undefined: cleared)
 */
export function mergeAnswer(
  stored: AnswerValue | undefined,
  before: AnswerValue | undefined,
  wanted: AnswerValue | undefined,
): AnswerValue | undefined {
  if (sameAnswer(stored, before) || !Array.isArray(stored) || !(Array.isArray(wanted) || wanted === undefined)) return wanted;
  const previous = Array.isArray(before) ? before : [];
  const now = wanted ?? [];
  const ticked = now.filter((v) => !previous.includes(v));
  const cleared = previous.filter((v) => !now.includes(v));
  const merged = [...stored.filter((v) => !cleared.includes(v)), ...ticked.filter((v) => !stored.includes(v))];
  return merged.length > 0 ? merged : undefined;
}
