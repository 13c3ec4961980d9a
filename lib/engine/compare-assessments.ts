/**
 * Two assessments side by side, from the assessments themselves, resolved to words: the
 * caller derives nothing. Readiness is "then and now" per area; delta is in words.
 */
import type { Answers } from "./answers";
import { answerText } from "./answer-text";
import { compareResults } from "./compare";
import { indexContent, titleOf } from "./content-index";
import type { Questionnaire } from "./questionnaire";
import { evaluateAssessment } from "./results";
import type { Band } from "./scoring";
import type { RiskDecision } from "./assessment";
import { decisionSummary } from "./assess/risk-decision-view";

export interface ComparedRisk {
  id: string;
  title: string;
  band: Band;
}

export interface ComparisonView {
  resolved: ComparedRisk[];
  added: ComparedRisk[];
  changedBand: { id: string; title: string; before: Band; after: Band }[];
  unchanged: number;
  readiness: { area: string; title: string; before: number | null; after: number | null; change: string }[];
  answers: { question: string; prompt: string; before: string; after: string }[];
  /** Risk decisions taken, changed or taken back between the two, each side in words ("No decision" when none). */
  decisions: { id: string; title: string; before: string; after: string }[];
}

type Side = { answers: Answers; riskDecisions?: Readonly<Record<string, RiskDecision>> | undefined };

const NO_DECISION = "No decision";

function decisionWords(decision: RiskDecision | undefined): string {
  if (!decision) return NO_DECISION;
  return decision.reason ? `${decisionSummary(decision)} ${decision.reason}` : decisionSummary(decision);
}

function decisionChanges(
  before: Side["riskDecisions"] = {},
  after: Side["riskDecisions"] = {},
  title: (id: string) => string,
): ComparisonView["decisions"] {
  const ids = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return ids.flatMap((id) => {
    const then = decisionWords(Object.hasOwn(before, id) ? before[id] : undefined);
    const now = decisionWords(Object.hasOwn(after, id) ? after[id] : undefined);
    return then === now ? [] : [{ id, title: title(id), before: then, after: now }];
  });
}

const delta = (before: number | null, after: number | null): string =>
  before === null || after === null ? "—" : after === before ? "No change" : `${after > before ? "+" : ""}${after - before}`;

export function compareAssessments(questionnaire: Questionnaire, before: Side, after: Side): ComparisonView {
  const index = indexContent(questionnaire);
  const comparison = compareResults(
    evaluateAssessment(questionnaire, before.answers),
    evaluateAssessment(questionnaire, after.answers),
    questionnaire.questions.map((question) => question.id),
  );
  const risk = (raised: { id: string; band: Band }): ComparedRisk => ({
    id: raised.id,
    title: titleOf(index.risk, raised.id),
    band: raised.band,
  });
  return {
    resolved: comparison.resolved.map(risk),
    added: comparison.added.map(risk),
    changedBand: comparison.changedBand.map((change) => ({
      id: change.id,
      title: titleOf(index.risk, change.id),
      before: change.before.band,
      after: change.after.band,
    })),
    unchanged: comparison.unchanged.length,
    readiness: comparison.readiness.map((row) => ({ ...row, title: titleOf(index.area, row.area), change: delta(row.before, row.after) })),
    answers: comparison.answers.flatMap((change) => {
      const question = index.question.get(change.question);
      return question
        ? [
            {
              question: question.id,
              prompt: question.prompt,
              before: answerText(question, change.before),
              after: answerText(question, change.after),
            },
          ]
        : [];
    }),
    decisions: decisionChanges(before.riskDecisions, after.riskDecisions, (id) => titleOf(index.risk, id)),
  };
}
