/** Answers in words, for the review page, risk explanations and exports. */
import { isAnswered, type AnswerValue } from "./answers";
import type { Question } from "./questionnaire";

export const NOT_ANSWERED = "Not answered";

/** Every selected label, in the question's own option order; unknown ids are shown as they are. */
export function answerLabels(question: Question, answer: AnswerValue | undefined): string[] {
  if (!isAnswered(answer)) return [];
  switch (question.kind) {
    case "single":
    case "multi": {
      const chosen = Array.isArray(answer) ? answer : [String(answer)];
      const known = question.options.filter((option) => chosen.includes(option.id)).map((option) => option.label);
      const unknown = chosen.filter((id) => !question.options.some((option) => option.id === id));
      return [...known, ...unknown];
    }
    case "scale": {
      const point = Number(answer);
      const label = question.scale[point - 1];
      return [label ? `${point} — ${label}` : String(answer)];
    }
    case "text":
      return [String(answer)];
  }
}

export function answerText(question: Question, answer: AnswerValue | undefined): string {
  const labels = answerLabels(question, answer);
  return labels.length === 0 ? NOT_ANSWERED : labels.join("; ");
}
