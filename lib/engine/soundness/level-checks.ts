/**
 * Every question must say whom it describes, the organisation or one application, so a
 * portfolio knows which answers a programme shares (its own `level`, else its area's).
 */
import type { Questionnaire } from "../questionnaire";
import type { Problem } from "./problem";

export function checkLevels(content: Pick<Questionnaire, "areas" | "questions">): Problem[] {
  const areaLevel = new Map(content.areas.map((area) => [area.id, area.level]));
  return content.questions.flatMap((question) =>
    (question.level ?? areaLevel.get(question.area)) === undefined
      ? [
          {
            id: question.id,
            problem: `It has no level: give its area "${question.area}" a level, or the question its own ("programme" or "application").`,
          },
        ]
      : [],
  );
}
