/** Two assessments side by side, from the assessments themselves: the caller derives nothing. */
import { compareResults, type Comparison } from "./compare";
import type { Answers } from "./answers";
import type { Questionnaire } from "./questionnaire";
import { evaluateAssessment } from "./results";

export function compareAssessments(
  questionnaire: Questionnaire,
  before: { answers: Answers },
  after: { answers: Answers },
): Comparison {
  return compareResults(
    evaluateAssessment(questionnaire, before.answers),
    evaluateAssessment(questionnaire, after.answers),
    questionnaire.questions.map((question) => question.id),
  );
}
