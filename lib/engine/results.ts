/**
 * One evaluation of an assessment: everything the results page, the plan and the
 * exports show comes from this single call, so they cannot disagree.
 */
import type { Answers } from "./answers";
import { buildMatrix, countByBand, type BandCounts, type MatrixRow } from "./matrix";
import { areaProgress, type AreaProgress } from "./progress";
import type { Area, QuestionLogic, Risk } from "./questionnaire";
import { areaReadiness, type AreaReadiness } from "./readiness";
import { evaluateRisks, type RaisedRisk } from "./risks";
import { resolveVisibility, type Visibility } from "./visibility";

export interface Results {
  visibility: Visibility;
  progress: AreaProgress[];
  /** Most severe first. */
  risks: RaisedRisk[];
  bandCounts: BandCounts;
  matrix: MatrixRow[];
  readiness: AreaReadiness[];
  /** True when no question has an answer that counts: there is nothing to judge yet. */
  empty: boolean;
}

export const TOP_RISKS = 5;

export function evaluateAssessment(
  questionnaire: { areas: readonly Pick<Area, "id">[]; questions: readonly QuestionLogic[]; risks: readonly Risk[] },
  answers: Answers,
): Results {
  const visibility = resolveVisibility(questionnaire, answers);
  const progress = areaProgress(questionnaire, visibility);
  const risks = evaluateRisks(questionnaire, visibility.effective);
  return {
    visibility,
    progress,
    risks,
    bandCounts: countByBand(risks),
    matrix: buildMatrix(risks),
    readiness: areaReadiness(progress, risks),
    empty: Object.keys(visibility.effective).length === 0,
  };
}
