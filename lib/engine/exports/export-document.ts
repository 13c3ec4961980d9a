/**
 * What an export renders: the assessment's finished view (see assess) and the moment it
 * was exported. Each format lays the same view out, so none can disagree with the screen.
 */
import type { ActionView, AssessmentView, RiskView } from "../assess/assessment-view";

export { DECISION_LABELS } from "../assess/decision-labels";

export type DocumentRisk = RiskView;
export type DocumentAction = ActionView;

export interface ExportDocument extends AssessmentView {
  exportedAt: Date;
}

export function exportDocument(view: AssessmentView, exportedAt: Date): ExportDocument {
  return { ...view, exportedAt };
}
