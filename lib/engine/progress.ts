/**
 * How far an assessment has got, per area, counted over the questions that are shown:
 * branching can hide questions, so counts over all questions would lie.
 */
import { answerOf, isAnswered, type Answers } from "./answers";
import type { Area, QuestionLogic } from "./questionnaire";
import { resolveVisibility, type Visibility } from "./visibility";

export type AreaStatus = "not-started" | "in-progress" | "completed";

export interface AreaProgress {
  area: string;
  shown: number;
  answered: number;
  requiredShown: number;
  requiredAnswered: number;
  status: AreaStatus;
}

interface QuestionsAndAreas {
  questions: readonly QuestionLogic[];
  areas: readonly Pick<Area, "id">[];
}

export function areaProgress(questionnaire: QuestionsAndAreas, visibility: Visibility): AreaProgress[] {
  const shown = new Set(visibility.visible);
  return questionnaire.areas.map((area) => {
    const questions = questionnaire.questions.filter((q) => q.area === area.id && shown.has(q.id));
    const answered = questions.filter((q) => isAnswered(answerOf(visibility.effective, q.id)));
    const required = questions.filter((q) => q.required);
    const requiredAnswered = required.filter((q) => isAnswered(answerOf(visibility.effective, q.id)));
    const status: AreaStatus =
      answered.length === 0 ? "not-started" : requiredAnswered.length === required.length ? "completed" : "in-progress";
    return {
      area: area.id,
      shown: questions.length,
      answered: answered.length,
      requiredShown: required.length,
      requiredAnswered: requiredAnswered.length,
      status,
    };
  });
}

export function progressOf(questionnaire: QuestionsAndAreas, answers: Answers): AreaProgress[] {
  return areaProgress(questionnaire, resolveVisibility(questionnaire, answers));
}

/** The first area not completed, or undefined when every area is. */
export function nextAreaToAnswer(progress: readonly AreaProgress[]): string | undefined {
  return progress.find((area) => area.status !== "completed")?.area;
}
