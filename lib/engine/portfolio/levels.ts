/**
 * Whom each question describes: the programme (the organisation, answered once and shared
 * by its applications) or one application. A question's own `level` wins, else its area's.
 * A question neither names is treated as the application's: an answer nobody marked as
 * shared is never copied between applications (the content check reports it; see
 * soundness/level-checks.ts).
 */
import type { Area, Question, QuestionLevel } from "../questionnaire";

/** What levels are read from: each area's default and each question's own (the whole questionnaire will do). */
export interface LevelContent {
  areas: readonly Pick<Area, "id" | "level">[];
  questions: readonly Pick<Question, "id" | "area" | "level">[];
}

const cache = new WeakMap<LevelContent, ReadonlyMap<string, QuestionLevel>>();

/** Every question's level, by question id, in content order. */
export function questionLevels(questionnaire: LevelContent): ReadonlyMap<string, QuestionLevel> {
  const known = cache.get(questionnaire);
  if (known) return known;
  const areaLevel = new Map(questionnaire.areas.map((area) => [area.id, area.level]));
  const levels = new Map(
    questionnaire.questions.map((question): [string, QuestionLevel] => [
      question.id,
      question.level ?? areaLevel.get(question.area) ?? "application",
    ]),
  );
  cache.set(questionnaire, levels);
  return levels;
}

/** The question's level, or undefined for an id the questionnaire does not have. */
export function questionLevel(questionnaire: LevelContent, questionId: string): QuestionLevel | undefined {
  return questionLevels(questionnaire).get(questionId);
}

/** The ids of the programme-level questions, in content order. */
export function programmeQuestionIds(questionnaire: LevelContent): string[] {
  return [...questionLevels(questionnaire)].flatMap(([id, level]) => (level === "programme" ? [id] : []));
}

export function isProgrammeQuestion(questionnaire: LevelContent, questionId: string): boolean {
  return questionLevel(questionnaire, questionId) === "programme";
}
