/**
 * `npm run content:report`: prints JSON with, per area, how many questions, follow-ups,
 * risks and actions it has, and totals. See `actionCounting` in the output for how actions
 * are attributed to areas.
 */
import { questionnaire } from "@/content/questionnaire";

interface AreaCounts {
  questions: number;
  followUps: number;
  risks: number;
  rules: number;
  actions: number;
}

const riskArea = new Map(questionnaire.risks.map((risk) => [risk.id, risk.area]));

const perArea: Record<string, AreaCounts> = {};
for (const area of questionnaire.areas) {
  const questions = questionnaire.questions.filter((question) => question.area === area.id);
  const risks = questionnaire.risks.filter((risk) => risk.area === area.id);
  perArea[area.id] = {
    questions: questions.length,
    followUps: questions.filter((question) => question.when !== undefined).length,
    risks: risks.length,
    rules: risks.reduce((sum, risk) => sum + risk.rules.length, 0),
    actions: questionnaire.actions.filter((action) => action.mitigates.some((id) => riskArea.get(id) === area.id)).length,
  };
}

const perPhase: Record<string, { actions: number; baseline: number }> = {};
for (const phase of questionnaire.phases) {
  const actions = questionnaire.actions.filter((action) => action.phase === phase.id);
  perPhase[phase.id] = { actions: actions.length, baseline: actions.filter((action) => action.baseline === true).length };
}

const report = {
  version: questionnaire.version,
  actionCounting:
    "An action counts once toward each area whose risks it mitigates, so one action may count in several areas and per-area action counts do not add up to the total. Baseline actions that mitigate no risk count only under 'baseline'.",
  areas: perArea,
  baseline: {
    actions: questionnaire.actions.filter((action) => action.baseline === true).length,
    withoutRisks: questionnaire.actions.filter((action) => action.baseline === true && action.mitigates.length === 0).length,
  },
  phases: perPhase,
  totals: {
    areas: questionnaire.areas.length,
    questions: questionnaire.questions.length,
    followUps: questionnaire.questions.filter((question) => question.when !== undefined).length,
    risks: questionnaire.risks.length,
    rules: questionnaire.risks.reduce((sum, risk) => sum + risk.rules.length, 0),
    actions: questionnaire.actions.length,
  },
};

console.log(JSON.stringify(report, null, 2));
