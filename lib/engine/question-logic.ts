/**
 * Questions reduced to what visibility and progress need, so pages can send every area's
 * logic to the browser without its text (and without the content schema).
 */
import type { Question, QuestionLogic, Questionnaire } from "./questionnaire";

export function questionLogic(questions: readonly Question[]): QuestionLogic[] {
  return questions.map(({ id, area, required, when }) => (when ? { id, area, required, when } : { id, area, required }));
}

/**
 * The questionnaire without the questions' help text and option hints, which only the
 * question pages show. Results, plan and export pages send this to the browser: a third
 * less to download and parse on every visit.
 */
export function withoutQuestionHelp(questionnaire: Questionnaire): Questionnaire {
  return {
    ...questionnaire,
    questions: questionnaire.questions.map((question) => {
      const lean = { ...question, help: "" };
      if (lean.kind === "single" || lean.kind === "multi") {
        return { ...lean, options: lean.options.map(({ id, label }) => ({ id, label })) };
      }
      return lean;
    }),
  };
}
