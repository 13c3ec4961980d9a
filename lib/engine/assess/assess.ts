/**
 * assess(questionnaire, assessment): the one view every page, the print view and every
 * export render. The evaluation of the answers is cached per answers object, so changing
 * a plan decision (which does not change the answers) rebuilds only the cheap part.
 */
import type { Answers } from "../answers";
import { answerText } from "../answer-text";
import { evidenceField, keptEvidence } from "../evidence/kept-evidence";
import { decisionFor, type Assessment } from "../assessment";
import { indexContent, titleOf, type ContentIndex } from "../content-index";
import { evaluate, type Evaluation } from "../evaluation";
import { EFFORT_LABELS, EFFORT_RANGE_LABELS, PRIORITY_LABELS, type Plan, type PlannedAction } from "../plan";
import type { Questionnaire } from "../questionnaire";
import { READINESS_LEVEL_LABELS, readinessLevel } from "../readiness-level";
import { TOP_RISKS, type Results } from "../results";
import { assessAreasFrom } from "./assess-areas";
import { DECISION_LABELS } from "./decision-labels";
import type { ActionRef, ActionView, AreaView, AssessmentView, DiscoveryView, PhaseView, RiskView } from "./assessment-view";
import { lapsedDecisionView, riskDecisionView } from "./risk-decision-view";
import type { RaisedRisk } from "../risks";
import { settledRisks } from "./risk-standing";
import { startHere } from "./start-here";
import { buildPlan } from "../plan";
import type { RiskDecision } from "../assessment";

const evaluations = new WeakMap<Questionnaire, WeakMap<Answers, Evaluation>>();
/** Plans rebuilt with some risks settled, by evaluation and the settled ids. */
const settledPlans = new WeakMap<Evaluation, Map<string, Plan>>();
const indexes = new WeakMap<Questionnaire, ContentIndex>();

function cachedIndex(questionnaire: Questionnaire): ContentIndex {
  const known = indexes.get(questionnaire);
  if (known) return known;
  const index = indexContent(questionnaire);
  indexes.set(questionnaire, index);
  return index;
}

function cachedEvaluation(questionnaire: Questionnaire, answers: Answers): Evaluation {
  let byAnswers = evaluations.get(questionnaire);
  if (!byAnswers) {
    byAnswers = new WeakMap();
    evaluations.set(questionnaire, byAnswers);
  }
  const known = byAnswers.get(answers);
  if (known) return known;
  const evaluation = evaluate(questionnaire, answers);
  byAnswers.set(answers, evaluation);
  return evaluation;
}

function areaViews(questionnaire: Questionnaire, results: Results, evidence: Readonly<Record<string, string>>): AreaView[] {
  return assessAreasFrom(questionnaire, results.visibility, evidence).map((area) => {
    const readiness = results.readiness.find((r) => r.area === area.id);
    const level = readinessLevel(readiness?.score ?? null);
    return {
      ...area,
      readiness: {
        score: readiness?.score ?? null,
        level,
        levelLabel: READINESS_LEVEL_LABELS[level],
        riskCount: readiness?.riskCount ?? 0,
        worstBand: readiness?.worstBand ?? null,
      },
    };
  });
}

function planFor(questionnaire: Questionnaire, evaluation: Evaluation, settled: ReadonlySet<string>): Plan {
  if (settled.size === 0) return evaluation.plan;
  const key = [...settled].sort().join(" ");
  let byKey = settledPlans.get(evaluation);
  if (!byKey) {
    byKey = new Map();
    settledPlans.set(evaluation, byKey);
  }
  const known = byKey.get(key);
  if (known) return known;
  const plan = buildPlan(questionnaire, evaluation.results.risks, evaluation.discovery, settled);
  byKey.set(key, plan);
  return plan;
}

function decisionField(
  decisions: Readonly<Record<string, RiskDecision>>,
  raised: RaisedRisk,
  today: string | undefined,
): Pick<RiskView, "decision"> {
  const decision = Object.hasOwn(decisions, raised.id) ? decisions[raised.id] : undefined;
  return decision ? { decision: riskDecisionView(decision, raised, today) } : {};
}

function riskViews(
  index: ContentIndex,
  results: Results,
  plan: Plan,
  evidence: Readonly<Record<string, string>>,
  decisions: Readonly<Record<string, RiskDecision>>,
  today: string | undefined,
): RiskView[] {
  const visible = new Set(results.visibility.visible);
  const planned = plan.phases.flatMap((phase) => phase.actions);
  return results.risks.map((raised) => {
    const risk = index.risk.get(raised.id);
    const actions: ActionRef[] = planned
      .filter((action) => action.mitigates.some((m) => m.id === raised.id))
      .map((action) => ({ id: action.id, title: titleOf(index.action, action.id), phaseTitle: titleOf(index.phase, action.phase) }));
    return {
      ...raised,
      title: risk?.title ?? raised.id,
      areaTitle: titleOf(index.area, raised.area),
      description: risk?.description ?? "",
      affects: risk?.affects ?? "",
      why: raised.because.flatMap((entry) => {
        const question = index.question.get(entry.question);
        return question && visible.has(question.id)
          ? [
              {
                question: question.id,
                area: question.area,
                prompt: question.prompt,
                answer: answerText(question, entry.answer),
                ...(Object.hasOwn(evidence, question.id) ? { evidence: evidence[question.id] } : {}),
              },
            ]
          : [];
      }),
      actions,
      ...decisionField(decisions, raised, today),
    };
  });
}

function discoveryView(index: ContentIndex, assessment: Assessment, action: PlannedAction): DiscoveryView | undefined {
  const task = action.discovery;
  if (!task) return undefined;
  const question = index.question.get(task.question);
  return {
    ...task,
    prompt: question?.prompt ?? task.question,
    areaTitle: titleOf(index.area, task.area),
    askTitle: titleOf(index.role, task.ask),
    answerText: question ? answerText(question, assessment.answers[task.question]) : "",
  };
}

function phaseViews(index: ContentIndex, assessment: Assessment, plan: Plan): PhaseView[] {
  return plan.phases.map((phase) => ({
    id: phase.phase,
    title: titleOf(index.phase, phase.phase),
    summary: index.phase.get(phase.phase)?.summary ?? "",
    actions: phase.actions.map((action): ActionView => {
      const decision = decisionFor(assessment, action.id);
      const content = index.action.get(action.id);
      const ownBand = action.mitigates[0]?.band;
      const discovery = discoveryView(index, assessment, action);
      const setAside =
        !discovery &&
        !action.baseline &&
        action.priority === "baseline" &&
        action.mitigates.length > 0 &&
        action.mitigates.every((m) => m.settled);
      return {
        ...action,
        title: discovery ? `Find out: ${discovery.prompt} — ask: ${discovery.askTitle}` : titleOf(index.action, action.id),
        detail: discovery
          ? `The answer to this question in ${discovery.areaTitle} is “${discovery.answerText}”. Ask ${discovery.askTitle}, then answer it in the questionnaire: the task goes once the answer is known.`
          : (content?.detail ?? ""),
        phaseTitle: titleOf(index.phase, action.phase),
        ownerTitle: titleOf(index.role, action.owner),
        priorityLabel: setAside ? "Set aside" : PRIORITY_LABELS[action.priority],
        effortLabel: EFFORT_LABELS[action.effort],
        effortRange: EFFORT_RANGE_LABELS[action.effort],
        // A find-out task's priority is that of the risks resting on it, not inherited.
        inheritedPriority: !discovery && action.priority !== "baseline" && action.priority !== ownBand,
        decision,
        statusLabel: DECISION_LABELS[decision.status],
        setAside,
        riskTitles: action.mitigates.map((m) => titleOf(index.risk, m.id)),
        dependsOnTitles: action.dependsOn.map((id) => titleOf(index.action, id)),
        references: content?.references ?? [],
        // Replaces the planned task with its words; undefined for a content action.
        discovery,
      };
    }),
  }));
}

/** "Accepted" or "Mitigated another way": the kind of the decision that settles a risk. */
function settledLabel(risks: readonly RiskView[], id: string): string {
  return risks.find((risk) => risk.id === id)?.decision?.kindLabel ?? "";
}

function withoutEvidence(assessment: Assessment): Assessment {
  const { evidence: _evidence, ...rest } = assessment;
  return rest;
}

export interface AssessOptions {
  /** The user's calendar day (YYYY-MM-DD), to judge review dates; without it they are not judged. */
  today?: string;
}

export function assess(questionnaire: Questionnaire, assessment: Assessment, options: AssessOptions = {}): AssessmentView {
  const index = cachedIndex(questionnaire);
  const evaluation = cachedEvaluation(questionnaire, assessment.answers);
  const { results } = evaluation;
  const decisions = assessment.riskDecisions ?? {};
  const settled = settledRisks(decisions, results.risks, options.today);
  const plan = planFor(questionnaire, evaluation, settled);
  // Only evidence behind an answer still shown counts.
  const evidence = keptEvidence(assessment.evidence, results.visibility.effective) ?? {};
  const areas = areaViews(questionnaire, results, evidence);
  const risks = riskViews(index, results, plan, evidence, decisions, options.today);
  const openRisks = risks.filter((risk) => !settled.has(risk.id));
  const raisedIds = new Set(risks.map((risk) => risk.id));
  const phases = phaseViews(index, assessment, plan);
  const decided = phases.reduce((sum, phase) => sum + phase.actions.filter((a) => a.decision.status !== "open").length, 0);
  return {
    assessment: {
      ...withoutEvidence(assessment),
      answers: results.visibility.effective,
      ...evidenceField(keptEvidence(evidence, results.visibility.effective)),
    },
    contentVersion: questionnaire.version,
    empty: results.empty,
    visibility: results.visibility,
    areas,
    risks,
    openRisks,
    settledRisks: risks.filter((risk) => settled.has(risk.id)),
    reviewDue: risks.filter((risk) => risk.decision && !risk.decision.inForce),
    lapsedDecisions: Object.entries(decisions).flatMap(([id, decision]) =>
      raisedIds.has(id) || !index.risk.has(id) ? [] : [{ id, title: titleOf(index.risk, id), decision: lapsedDecisionView(decision) }],
    ),
    matrix: results.matrix.map((row) => ({
      impact: row.impact,
      cells: row.cells.map((cell) => ({
        ...cell,
        risks: cell.riskIds.map((id) => ({
          id,
          title: titleOf(index.risk, id),
          settled: settled.has(id),
          ...(settled.has(id) ? { settledAs: settledLabel(risks, id) } : {}),
        })),
        settledCount: cell.riskIds.filter((id) => settled.has(id)).length,
      })),
    })),
    bandCounts: results.bandCounts,
    evidenced: areas.flatMap((area) =>
      area.questions.flatMap((view) =>
        view.evidence
          ? [
              {
                question: view.question.id,
                area: area.id,
                areaTitle: area.title,
                prompt: view.question.prompt,
                answer: view.answerText,
                evidence: view.evidence,
              },
            ]
          : [],
      ),
    ),
    plan: {
      startHere: startHere(phases, index),
      phases,
      summary: plan.summary,
      personDaysLabel: `${plan.summary.personDaysRange.min}–${plan.summary.personDaysRange.max} person-days`,
      byPhase: Object.entries(plan.summary.byPhase).map(([id, count]) => ({ id, title: titleOf(index.phase, id), count })),
      byOwner: Object.entries(plan.summary.byOwner).map(([id, count]) => ({ id, title: titleOf(index.role, id), count })),
      decided,
    },
    summary: {
      topRisks: openRisks.slice(0, TOP_RISKS),
      unknownAreas: areas.filter((area) => area.status === "not-started"),
      incompleteAreas: areas.filter((area) => area.status === "in-progress"),
    },
  };
}
