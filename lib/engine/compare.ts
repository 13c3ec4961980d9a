/**
 * Two assessments side by side (say, last quarter's and today's): which risks were
 * resolved, which are new, which changed band, readiness per area then and now, and the
 * answers that differ.
 */
import { answerOf, type Answers, type AnswerValue } from "./answers";
import type { Results } from "./results";
import type { RaisedRisk } from "./risks";

export interface RiskChange {
  id: string;
  before: RaisedRisk;
  after: RaisedRisk;
}

export interface AnswerChange {
  question: string;
  before: AnswerValue | undefined;
  after: AnswerValue | undefined;
}

export interface Comparison {
  resolved: RaisedRisk[];
  added: RaisedRisk[];
  changedBand: RiskChange[];
  unchanged: RaisedRisk[];
  readiness: { area: string; before: number | null; after: number | null }[];
  answers: AnswerChange[];
}

const same = (a: AnswerValue | undefined, b: AnswerValue | undefined): boolean =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && [...a].sort().join("\u0000") === [...b].sort().join("\u0000") : a === b;

export function compareResults(before: Results, after: Results, questionOrder: readonly string[]): Comparison {
  const beforeById = new Map(before.risks.map((risk) => [risk.id, risk]));
  const afterById = new Map(after.risks.map((risk) => [risk.id, risk]));
  const changedBand: RiskChange[] = [];
  const unchanged: RaisedRisk[] = [];
  for (const risk of after.risks) {
    const earlier = beforeById.get(risk.id);
    if (!earlier) continue;
    if (earlier.band !== risk.band) changedBand.push({ id: risk.id, before: earlier, after: risk });
    else unchanged.push(risk);
  }
  const effectiveBefore: Answers = before.visibility.effective;
  const effectiveAfter: Answers = after.visibility.effective;
  return {
    resolved: before.risks.filter((risk) => !afterById.has(risk.id)),
    added: after.risks.filter((risk) => !beforeById.has(risk.id)),
    changedBand,
    unchanged,
    readiness: after.readiness.map((area) => ({
      area: area.area,
      before: before.readiness.find((entry) => entry.area === area.area)?.score ?? null,
      after: area.score,
    })),
    answers: questionOrder
      .filter((id) => !same(answerOf(effectiveBefore, id), answerOf(effectiveAfter, id)))
      .map((id) => ({ question: id, before: answerOf(effectiveBefore, id), after: answerOf(effectiveAfter, id) })),
  };
}
