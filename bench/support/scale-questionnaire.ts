/**
 * A questionnaire N times the size of the real one, for the engine benchmark: every
 * question, risk and action copied N times with suffixed ids, conditions and references
 * rewritten to point within their copy, and answers copied to match.
 */
import type { Answers, AnswerValue, Question, Questionnaire } from "@/lib/engine";

/** A question's condition, by way of the public Question type (the index does not name Condition). */
type Condition = NonNullable<Question["when"]>;

const suffix = (id: string, copy: number): string => (copy === 0 ? id : `${id}-x${copy}`);

function renameCondition(condition: Condition, copy: number): Condition {
  switch (condition.op) {
    case "all":
    case "any":
      return { ...condition, conditions: condition.conditions.map((c) => renameCondition(c, copy)) };
    case "not":
      return { ...condition, condition: renameCondition(condition.condition, copy) };
    default:
      return { ...condition, question: suffix(condition.question, copy) };
  }
}

export function scaleQuestionnaire(content: Questionnaire, times: number): Questionnaire {
  const copies = Array.from({ length: times }, (_, copy) => copy);
  return {
    ...content,
    // Area by area, so conditions still only read earlier questions.
    questions: content.areas.flatMap((area) =>
      copies.flatMap((copy) =>
        content.questions
          .filter((q) => q.area === area.id)
          .map((q) => ({ ...q, id: suffix(q.id, copy), ...(q.when ? { when: renameCondition(q.when, copy) } : {}) })),
      ),
    ),
    risks: copies.flatMap((copy) =>
      content.risks.map((r) => ({
        ...r,
        id: suffix(r.id, copy),
        rules: r.rules.map((rule) => ({ ...rule, when: renameCondition(rule.when, copy) })),
      })),
    ),
    actions: content.phases.flatMap((phase) =>
      copies.flatMap((copy) =>
        content.actions
          .filter((a) => a.phase === phase.id)
          .map((a) => ({
            ...a,
            id: suffix(a.id, copy),
            mitigates: a.mitigates.map((id) => suffix(id, copy)),
            dependsOn: a.dependsOn.map((id) => suffix(id, copy)),
          })),
      ),
    ),
  };
}

export function scaleAnswers(answers: Answers, times: number): Answers {
  const scaled: Record<string, AnswerValue> = {};
  for (let copy = 0; copy < times; copy += 1) {
    for (const [id, value] of Object.entries(answers)) scaled[suffix(id, copy)] = value;
  }
  return scaled;
}
