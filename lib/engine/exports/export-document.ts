/**
 * Everything an export shows, resolved to words once: the assessment, its risks with
 * their explanations, and the plan with the team's decisions. Each format renders this.
 * The assessment carries only the answers that count: an answer to a question hidden by
 * an earlier answer is left out of every export.
 */
import { answerText } from "../answer-text";
import { decisionFor, type Assessment, type Decision } from "../assessment";
import { indexContent, titleOf } from "../content-index";
import type { Evaluation } from "../evaluation";
import { PRIORITY_LABELS, type PlannedAction, type PlanSummary } from "../plan";
import type { Questionnaire } from "../questionnaire";
import type { Results } from "../results";
import type { RaisedRisk } from "../risks";
import { resolveVisibility } from "../visibility";

export const DECISION_LABELS: Readonly<Record<Decision["status"], string>> = {
  open: "To do",
  done: "Done",
  "not-applicable": "Not applicable",
};

export interface DocumentRisk extends RaisedRisk {
  title: string;
  areaTitle: string;
  description: string;
  affects: string;
  why: { prompt: string; answer: string }[];
  actions: string[];
}

export interface DocumentAction extends PlannedAction {
  title: string;
  detail: string;
  phaseTitle: string;
  ownerTitle: string;
  priorityLabel: string;
  decision: Decision;
  statusLabel: string;
  riskTitles: string[];
  dependsOnTitles: string[];
}

export interface ExportDocument {
  /** The assessment, its answers cut down to those of questions shown. */
  assessment: Assessment;
  contentVersion: string;
  exportedAt: Date;
  results: Results;
  areaTitles: ReadonlyMap<string, string>;
  risks: DocumentRisk[];
  phases: { id: string; title: string; actions: DocumentAction[] }[];
  planSummary: PlanSummary;
  roleTitles: ReadonlyMap<string, string>;
}

export function buildExportDocument(
  questionnaire: Questionnaire,
  assessment: Assessment,
  evaluation: Evaluation,
  exportedAt: Date,
): ExportDocument {
  const index = indexContent(questionnaire);
  const planned = evaluation.plan.phases.flatMap((phase) => phase.actions);
  const visible = new Set(evaluation.results.visibility.visible);
  const risks = evaluation.results.risks.map((raised): DocumentRisk => {
    const risk = index.risk.get(raised.id);
    return {
      ...raised,
      title: risk?.title ?? raised.id,
      areaTitle: titleOf(index.area, raised.area),
      description: risk?.description ?? "",
      affects: risk?.affects ?? "",
      why: raised.because.flatMap((entry) => {
        const question = index.question.get(entry.question);
        return question && visible.has(question.id) ? [{ prompt: question.prompt, answer: answerText(question, entry.answer) }] : [];
      }),
      actions: planned.filter((a) => a.mitigates.some((m) => m.id === raised.id)).map((a) => titleOf(index.action, a.id)),
    };
  });
  const phases = evaluation.plan.phases.map((phase) => ({
    id: phase.phase,
    title: titleOf(index.phase, phase.phase),
    actions: phase.actions.map((action): DocumentAction => {
      const decision = decisionFor(assessment, action.id);
      return {
        ...action,
        title: titleOf(index.action, action.id),
        detail: index.action.get(action.id)?.detail ?? "",
        phaseTitle: titleOf(index.phase, action.phase),
        ownerTitle: titleOf(index.role, action.owner),
        priorityLabel: PRIORITY_LABELS[action.priority],
        decision,
        statusLabel: DECISION_LABELS[decision.status],
        riskTitles: action.mitigates.map((m) => titleOf(index.risk, m.id)),
        dependsOnTitles: action.dependsOn.map((id) => titleOf(index.action, id)),
      };
    }),
  }));
  return {
    assessment: { ...assessment, answers: resolveVisibility(questionnaire, assessment.answers).effective },
    contentVersion: questionnaire.version,
    exportedAt,
    results: evaluation.results,
    areaTitles: new Map(questionnaire.areas.map((area) => [area.id, area.title])),
    risks,
    phases,
    planSummary: evaluation.plan.summary,
    roleTitles: new Map(questionnaire.roles.map((role) => [role.id, role.title])),
  };
}
