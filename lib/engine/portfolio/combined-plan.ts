/**
 * The programme plan as one plan, for the exporters (Markdown, CSV, trackers): each
 * programme action once, then each application's own actions under its name, phase by phase,
 * numbered so that nothing comes before what it depends on. An application's action that
 * needs programme work waits on it once; programme work that needs an application's action
 * (say, enforcing admission policy after pods are hardened) waits on it in every application.
 */
import type { ActionView, PhaseView, PlanView } from "../assess/assessment-view";
import { startHere } from "../assess/start-here";
import { titleOf, type ContentIndex } from "../content-index";
import { topologicalOrder } from "../graph";
import { EFFORT_DAYS, EFFORT_RANGES, type PlanSummary } from "../plan";
import type { Questionnaire } from "../questionnaire";
import { priorityRank } from "./merge-action";
import { counted } from "./words";

/** How an application's name (the user's words) is written into titles and details: each export makes it inert its own way. */
export type NameFormat = (name: string) => string;

export interface CombinedProgrammeAction {
  action: ActionView;
  /** The names of the applications that need it, in portfolio order. */
  neededBy: readonly string[];
}

export interface CombinedApplication {
  id: string;
  name: string;
  /** Its own (application-level) actions, in its plan's order. */
  actions: readonly ActionView[];
}

interface Node {
  id: string;
  action: ActionView;
  contentOrder: number;
  /** Set for an application's own action. */
  application?: CombinedApplication;
}

/** An application's copy of an action: its own id in the combined plan. */
export const instanceId = (actionId: string, applicationId: string): string => `${actionId}@${applicationId}`;

function dependencies(node: Node, programme: ReadonlySet<string>, owned: ReadonlyMap<CombinedApplication, ReadonlySet<string>>): string[] {
  return node.action.dependsOn.flatMap((dependency) => {
    if (programme.has(dependency)) return [dependency];
    const owners = node.application ? [node.application] : [...owned.keys()];
    return owners.filter((app) => owned.get(app)?.has(dependency)).map((app) => instanceId(dependency, app.id));
  });
}

function summaryOf(actions: readonly ActionView[], questionnaire: Pick<Questionnaire, "phases" | "roles">): PlanSummary {
  const count = (keys: readonly string[], of: (action: ActionView) => string): Record<string, number> =>
    Object.fromEntries(keys.map((key) => [key, actions.filter((action) => of(action) === key).length]));
  return {
    total: actions.length,
    byPhase: count(
      questionnaire.phases.map((phase) => phase.id),
      (action) => action.phase,
    ),
    byOwner: count(
      questionnaire.roles.map((role) => role.id),
      (action) => action.owner,
    ),
    byEffort: { S: 0, M: 0, L: 0, ...count(["S", "M", "L"], (action) => action.effort) },
    personDays: actions.reduce((sum, action) => sum + EFFORT_DAYS[action.effort], 0),
    personDaysRange: {
      min: actions.reduce((sum, action) => sum + EFFORT_RANGES[action.effort].min, 0),
      max: actions.reduce((sum, action) => sum + EFFORT_RANGES[action.effort].max, 0),
    },
  };
}

export function combinedPlan(
  questionnaire: Questionnaire,
  index: ContentIndex,
  programmeActions: readonly CombinedProgrammeAction[],
  applications: readonly CombinedApplication[],
  nameOf: NameFormat = (name) => name,
): PlanView {
  const contentOrder = new Map(questionnaire.actions.map((action, i) => [action.id, i]));
  const programme = new Set(programmeActions.map((entry) => entry.action.id));
  const nodes: Node[] = [
    ...programmeActions.map(({ action, neededBy }) => ({
      id: action.id,
      action: {
        ...action,
        detail: `${action.detail} Needed by ${counted(neededBy.length, "application", "applications")}: ${neededBy.map(nameOf).join(", ")}.`,
      },
      contentOrder: contentOrder.get(action.id) ?? -1,
    })),
    ...applications.flatMap((application) =>
      application.actions.map((action) => ({ id: instanceId(action.id, application.id), action, contentOrder: -1, application })),
    ),
  ];
  const owned = new Map(applications.map((app) => [app, new Set(app.actions.map((action) => action.id))]));
  const dependsOn = new Map(nodes.map((node) => [node.id, dependencies(node, programme, owned)]));
  const neededBy = new Map<string, string[]>();
  for (const [id, deps] of dependsOn)
    for (const dependency of deps) {
      const list = neededBy.get(dependency);
      if (list) list.push(id);
      else neededBy.set(dependency, [id]);
    }
  const title = (node: Node): string => (node.application ? `${nameOf(node.application.name)}: ${node.action.title}` : node.action.title);
  const titles = new Map(nodes.map((node) => [node.id, title(node)]));

  // Find-out tasks first, then programme work by urgency and content order, then each application's own in its order.
  const rank = (node: Node): number => (node.action.discovery ? 0 : node.application ? 2 : 1);
  const preferred = nodes
    .map((node, position) => ({ node, position }))
    .sort(
      (a, b) =>
        rank(a.node) - rank(b.node) ||
        (a.node.application || b.node.application ? 0 : priorityRank(b.node.action.priority) - priorityRank(a.node.action.priority)) ||
        (a.node.application || b.node.application ? 0 : a.node.contentOrder - b.node.contentOrder) ||
        a.position - b.position,
    )
    .map((entry) => entry.node);

  let order = 0;
  const phases: PhaseView[] = questionnaire.phases.map((phase) => {
    const inPhase = preferred.filter((node) => node.action.phase === phase.id);
    const byId = new Map(inPhase.map((node) => [node.id, node]));
    const actions = topologicalOrder(
      inPhase.map((node) => node.id),
      dependsOn,
    ).flatMap((id): ActionView[] => {
      const node = byId.get(id);
      if (!node) return [];
      const deps = dependsOn.get(id) ?? [];
      order += 1;
      return [
        {
          ...node.action,
          id,
          order,
          title: title(node),
          dependsOn: deps,
          dependsOnTitles: deps.map((dependency) => titles.get(dependency) ?? dependency),
          neededBy: neededBy.get(id) ?? [],
        },
      ];
    });
    return { id: phase.id, title: phase.title, summary: phase.summary, actions };
  });
  const all = phases.flatMap((phase) => phase.actions);
  const summary = summaryOf(all, questionnaire);
  return {
    startHere: startHere(phases, index),
    phases,
    summary,
    personDaysLabel: `${summary.personDaysRange.min}–${summary.personDaysRange.max} person-days`,
    byPhase: Object.entries(summary.byPhase).map(([id, count]) => ({ id, title: titleOf(index.phase, id), count })),
    byOwner: Object.entries(summary.byOwner).map(([id, count]) => ({ id, title: titleOf(index.role, id), count })),
    decided: all.filter((action) => action.decision.status !== "open").length,
  };
}
