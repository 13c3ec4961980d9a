/**
 * The programme plan: programme-level actions once, with the applications that need each,
 * and each application's own actions; and the whole as one plan (`plan`) that the Markdown,
 * CSV and tracker exports take as they take a single assessment's. Built from each
 * application's own plan (assess), so priorities, dependencies and decisions are the ones
 * its results show. Levels: see action-levels.ts.
 */
import type { AssessOptions } from "../assess/assess";
import type { ActionView, AssessmentView, PlanView, RiskView } from "../assess/assessment-view";
import type { Assessment } from "../assessment";
import { indexContent } from "../content-index";
import type { Priority } from "../plan";
import type { Questionnaire, QuestionLevel } from "../questionnaire";
import { actionLevel } from "./action-levels";
import { combinedPlan, type NameFormat } from "./combined-plan";
import { questionLevel } from "./levels";
import { mergeAction } from "./merge-action";
import { assessedPortfolio, type PortfolioRow } from "./portfolio-view";

export interface ApplicationNeed {
  assessmentId: string;
  name: string;
  /** How urgent the action is for this application. */
  priority: Priority;
  priorityLabel: string;
}

export interface ProgrammeActionView {
  /** The action as the programme plan lists it: the most urgent of its applications' copies. */
  action: ActionView;
  /** Every application whose plan has it, in portfolio order. */
  applications: ApplicationNeed[];
}

export interface ApplicationPlanView {
  assessmentId: string;
  name: string;
  /** Its own actions, as its plan orders them. */
  actions: ActionView[];
  /** The programme actions it needs, by id. */
  programmeActions: string[];
}

export interface ProgrammePlan {
  name: string;
  /** The risks its actions mitigate, each as the most severe copy among the applications, most severe first. */
  risks: RiskView[];
  contentVersion: string;
  /** In the combined plan's order. */
  programmeActions: ProgrammeActionView[];
  /** In portfolio order (name, then id). */
  applications: ApplicationPlanView[];
  /** Everything as one plan, application actions titled with their application's name. */
  plan: PlanView;
}

export function plannedLevel(questionnaire: Questionnaire, action: ActionView): QuestionLevel {
  const level = action.discovery ? questionLevel(questionnaire, action.discovery.question) : actionLevel(questionnaire, action.id);
  return level ?? "application";
}

/** The programme plan from views already made (assessedPortfolio's), in their order. */
export function programmePlanFrom(
  questionnaire: Questionnaire,
  assessed: readonly { view: AssessmentView; row: PortfolioRow }[],
  options: { name: string; nameOf?: NameFormat },
): ProgrammePlan {
  const shared = new Map<string, { copies: ActionView[]; needs: ApplicationNeed[] }>();
  const applications = assessed.map(({ view, row }): ApplicationPlanView => {
    const planned = view.plan.phases.flatMap((phase) => phase.actions);
    const own: ActionView[] = [];
    const needed: string[] = [];
    for (const action of planned) {
      if (plannedLevel(questionnaire, action) === "application") {
        own.push(action);
        continue;
      }
      const entry = shared.get(action.id) ?? { copies: [], needs: [] };
      entry.copies.push(action);
      entry.needs.push({ assessmentId: row.id, name: row.name, priority: action.priority, priorityLabel: action.priorityLabel });
      shared.set(action.id, entry);
      needed.push(action.id);
    }
    return { assessmentId: row.id, name: row.name, actions: own, programmeActions: needed };
  });
  const merged = [...shared.values()].flatMap(({ copies, needs }) => {
    const action = mergeAction(copies);
    return action ? [{ action, applications: needs }] : [];
  });
  const plan = combinedPlan(
    questionnaire,
    indexContent(questionnaire),
    merged.map((entry) => ({ action: entry.action, neededBy: entry.applications.map((need) => need.name) })),
    applications.map((app) => ({ id: app.assessmentId, name: app.name, actions: app.actions })),
    options.nameOf,
  );
  const position = new Map(plan.phases.flatMap((phase) => phase.actions).map((action) => [action.id, action]));
  return {
    name: options.name,
    risks: mitigatedRisks(
      assessed.map((entry) => entry.view),
      plan,
    ),
    contentVersion: questionnaire.version,
    programmeActions: merged
      .flatMap((entry) => {
        const placed = position.get(entry.action.id);
        return placed ? [{ action: placed, applications: entry.applications }] : [];
      })
      .sort((a, b) => a.action.order - b.action.order),
    applications,
    plan,
  };
}

export interface ProgrammePlanOptions extends AssessOptions {
  /** The programme's name; "Programme" when absent. */
  name?: string;
  /** How application names are written into titles and details (see NameFormat); as they are when absent. */
  nameOf?: NameFormat;
}

export function programmePlan(
  questionnaire: Questionnaire,
  assessments: readonly Assessment[],
  options: ProgrammePlanOptions = {},
): ProgrammePlan {
  const { name = "Programme", nameOf, ...assessOptions } = options;
  return programmePlanFrom(questionnaire, assessedPortfolio(questionnaire, assessments, assessOptions), {
    name,
    ...(nameOf ? { nameOf } : {}),
  });
}

/** The risks the plan's actions mitigate, each as its most severe copy, most severe first. */
function mitigatedRisks(views: readonly AssessmentView[], plan: PlanView): RiskView[] {
  const wanted = new Set(plan.phases.flatMap((phase) => phase.actions.flatMap((action) => action.mitigates.map((risk) => risk.id))));
  const worst = new Map<string, RiskView>();
  for (const risk of views.flatMap((view) => view.risks)) {
    const known = worst.get(risk.id);
    if (wanted.has(risk.id) && (!known || risk.severity > known.severity)) worst.set(risk.id, risk);
  }
  return [...worst.values()].sort((a, b) => b.severity - a.severity || (a.id < b.id ? -1 : 1));
}
