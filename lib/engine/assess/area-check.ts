/**
 * What stops an area from being complete: required questions that are shown but not
 * answered, and text answers longer than their question allows. The wizard's Continue and
 * the finished view both ask this, so "complete" means one thing everywhere.
 */
import { answerOf, isAnswered, type Answers } from "../answers";
import type { Question, QuestionLogic } from "../questionnaire";
import { resolveVisibility } from "../visibility";

export type AreaProblem = { question: Question; kind: "unanswered" } | { question: Question; kind: "too-long"; maxLength: number };

/** The problem with one shown question's answer, if any. */
export function problemOf(question: Question, answer: Answers[string] | undefined): AreaProblem | undefined {
  if (question.required && !isAnswered(answer)) return { question, kind: "unanswered" };
  if (question.kind === "text" && typeof answer === "string" && answer.length > question.maxLength) {
    return { question, kind: "too-long", maxLength: question.maxLength };
  }
  return undefined;
}

/**
 * @param questions the area's questions, in order
 * @param logic every question's visibility logic (a follow-up may depend on another area)
 */
export function areaProblems(questions: readonly Question[], logic: readonly QuestionLogic[], answers: Answers): AreaProblem[] {
  const { visible, effective } = resolveVisibility({ questions: logic }, answers);
  const shown = new Set(visible);
  return questions.flatMap((question) => {
    if (!shown.has(question.id)) return [];
    const problem = problemOf(question, answerOf(effective, question.id));
    return problem ? [problem] : [];
  });
}
