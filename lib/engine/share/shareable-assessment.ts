/**
 * What of an assessment may leave the browser in a result link: who and what it is about,
 * the decisions (on actions and on risks), and only the answers that count. An answer to a follow-up that an earlier
 * answer hides stays stored (so it comes back if the earlier answer changes back), but it
 * is no part of the results and is never shared: it may say something the team took back.
 */
import type { QuestionLogic } from "../questionnaire";
import { resolveVisibility } from "../visibility";
import type { SharedAssessment } from "./shared-assessment";

export function shareableAssessment(
  questionnaire: { questions: readonly QuestionLogic[] },
  assessment: SharedAssessment,
): SharedAssessment {
  return {
    name: assessment.name,
    ...(assessment.assessor ? { assessor: assessment.assessor } : {}),
    updatedAt: assessment.updatedAt,
    contentVersion: assessment.contentVersion,
    answers: resolveVisibility(questionnaire, assessment.answers).effective,
    decisions: assessment.decisions,
    ...(assessment.riskDecisions && Object.keys(assessment.riskDecisions).length > 0 ? { riskDecisions: assessment.riskDecisions } : {}),
  };
}
