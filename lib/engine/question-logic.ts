/**
 * Questions reduced to what visibility and progress need, so pages can send every area's
 * logic to the browser without its text (and without the content schema).
 */
import type { Question, QuestionLogic, Questionnaire } from "./questionnaire";

export function questionLogic(questions: readonly Question[]): QuestionLogic[] {
  return questions.map(({ id, area, required, when }) => (when ? { id, area, required, when } : { id, area, required }));
}

/**
 * What pages other than the question steps send to the browser: the questionnaire without
 * the questions' help text and the options' hints, which only the question pages show (a
 * third less to download and parse on every visit). Left out, not blanked.
 */
export function forBrowser(questionnaire: Questionnaire): Questionnaire {
  return {
    ...questionnaire,
    questions: questionnaire.questions.map((question): Question => {
      const { help: _help, ...lean } = question;
      if (lean.kind === "single" || lean.kind === "multi") {
        // `unknown` stays: the plan's find-out tasks and each area's known share read it.
        return { ...lean, options: lean.options.map(({ id, label, unknown }) => (unknown ? { id, label, unknown } : { id, label })) };
      }
      return lean;
    }),
  };
}
