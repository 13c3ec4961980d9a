/**
 * Which questions are shown for a set of answers, and which answers therefore count.
 *
 * Questions are walked in content order. A question is shown when its condition holds
 * on the answers that count so far AND every question its condition reads is shown:
 * hiding is transitive, so a follow-up of a hidden follow-up is hidden too, even when
 * its own condition (say, a `not`) would hold on an empty answer.
 */
import { answerOf, isAnswered, type Answers, type AnswerValue } from "./answers";
import { referencedQuestions } from "./condition";
import { conditionHolds } from "./evaluate-condition";
import type { QuestionLogic } from "./questionnaire";

export interface Visibility {
  /** Ids of the questions shown, in content order. */
  visible: string[];
  /** Only the answers to shown questions: the one input every later step reads. */
  effective: Answers;
}

export function isQuestionShown(question: Pick<QuestionLogic, "when">, shown: ReadonlySet<string>, effective: Answers): boolean {
  if (question.when === undefined) return true;
  return referencedQuestions(question.when).every((id) => shown.has(id)) && conditionHolds(question.when, effective);
}

export function resolveVisibility(questionnaire: { questions: readonly QuestionLogic[] }, answers: Answers): Visibility {
  const shown = new Set<string>();
  const effective: Record<string, AnswerValue> = {};
  for (const question of questionnaire.questions) {
    if (!isQuestionShown(question, shown, effective)) continue;
    shown.add(question.id);
    const answer = answerOf(answers, question.id);
    if (isAnswered(answer)) effective[question.id] = answer;
  }
  return { visible: [...shown], effective };
}
