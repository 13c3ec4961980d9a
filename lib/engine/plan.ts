/**
 * The adoption plan: every action that mitigates a raised risk, every action those need
 * first (transitively), and the baseline every adoption needs; grouped by phase and put
 * in an order where nothing comes before what it depends on. Unknown answers become
 * "find out" tasks at the head of the first phase (see discovery.ts).
 */
import type { DiscoveryTask } from "./discovery";
import { topologicalOrder } from "./graph";
import type { Action, Effort, Phase, Role } from "./questionnaire";
import type { RaisedRisk } from "./risks";
import { bandRank, type Band } from "./scoring";

/** How urgent an action is: the band of the worst risk it (or an action needing it) mitigates. */
export type Priority = Band | "baseline";

export const PRIORITY_LABELS: Readonly<Record<Priority, string>> = {
  critical: "Critical",
  high: "High",
  medium: "Medium",
  low: "Low",
  baseline: "Baseline",
};

/**
 * Person-days per effort size as a range: a size is an estimate, and one number per size
 * summed over fifty actions reads as a precision nobody has. Weeks are working weeks.
 */
export const EFFORT_RANGES: Readonly<Record<Effort, DayRange>> = {
  S: { min: 1, max: 3 },
  M: { min: 5, max: 10 },
  L: { min: 15, max: 30 },
};

/** The same ranges in the words a team plans in. */
export const EFFORT_RANGE_LABELS: Readonly<Record<Effort, string>> = { S: "1–3 days", M: "1–2 weeks", L: "3–6 weeks" };

/**
 * One indicative figure per size, kept because format 1 of the JSON export publishes
 * `personDays`; everything people read uses the ranges above.
 */
export const EFFORT_DAYS: Readonly<Record<Effort, number>> = { S: 2, M: 8, L: 25 };

export const EFFORT_LABELS: Readonly<Record<Effort, string>> = { S: "Small", M: "Medium", L: "Large" };

export interface DayRange {
  min: number;
  max: number;
}

export interface MitigatedRisk {
  id: string;
  band: Band;
  severity: number;
  /** The team accepted the risk or mitigates it another way: it gives the action no priority. */
  settled?: true;
}

export interface PlannedAction {
  id: string;
  /** 1-based position in the whole plan. */
  order: number;
  phase: string;
  owner: string;
  effort: Effort;
  priority: Priority;
  /** Raised risks this action mitigates, most severe first, settled ones last. */
  mitigates: MitigatedRisk[];
  dependsOn: string[];
  /** Planned actions that need this one first. */
  neededBy: string[];
  baseline: boolean;
  /** Present for a "find out" task: an unknown answer to settle, not a content action. */
  discovery?: DiscoveryTask;
}

export interface PlanPhase {
  phase: string;
  actions: PlannedAction[];
}

export interface PlanSummary {
  total: number;
  byPhase: Record<string, number>;
  byOwner: Record<string, number>;
  byEffort: Record<Effort, number>;
  /** Indicative (EFFORT_DAYS); kept for the JSON export. Read `personDaysRange`. */
  personDays: number;
  personDaysRange: DayRange;
}

export interface Plan {
  phases: PlanPhase[];
  summary: PlanSummary;
}

interface PlanContent {
  actions: readonly Action[];
  phases: readonly Pick<Phase, "id">[];
  roles: readonly Pick<Role, "id">[];
}

function priorityRank(priority: Priority): number {
  return priority === "baseline" ? 0 : bandRank(priority);
}

function selectActions(actions: readonly Action[], raised: ReadonlySet<string>): Set<string> {
  const byId = new Map(actions.map((action) => [action.id, action]));
  const chosen = new Set<string>();
  const include = (id: string): void => {
    if (chosen.has(id)) return;
    const action = byId.get(id);
    if (!action) return;
    chosen.add(id);
    action.dependsOn.forEach(include);
  };
  for (const action of actions) {
    if (action.baseline || action.mitigates.some((risk) => raised.has(risk))) include(action.id);
  }
  return chosen;
}

/**
 * An action is as urgent as the most urgent action that needs it. Walking the actions so
 * that every action comes after all the actions that need it (reverse dependency order)
 * settles each priority before it is passed on: one pass, linear in the edges.
 */
function priorities(actions: readonly Action[], risks: ReadonlyMap<string, RaisedRisk>): Map<string, Priority> {
  const priority = new Map<string, Priority>();
  for (const action of actions) {
    let worst: RaisedRisk | undefined;
    for (const id of action.mitigates) {
      const risk = risks.get(id);
      if (risk && (!worst || risk.severity > worst.severity)) worst = risk;
    }
    priority.set(action.id, worst ? worst.band : "baseline");
  }
  const byId = new Map(actions.map((action) => [action.id, action]));
  const order = topologicalOrder(
    actions.map((action) => action.id),
    new Map(actions.map((a) => [a.id, a.dependsOn])),
  );
  for (const id of [...order].reverse()) {
    const own = priority.get(id) ?? "baseline";
    for (const dependency of byId.get(id)?.dependsOn ?? []) {
      const current = priority.get(dependency);
      if (current !== undefined && priorityRank(own) > priorityRank(current)) priority.set(dependency, own);
    }
  }
  return priority;
}

/**
 * A "find out" task as a planned action: small, owned by the role to ask, as urgent as the
 * worst raised risk resting on the unknown answer. It is settled by answering the question,
 * so nothing depends on it and it carries no decision of its own.
 */
function discoveryAction(task: DiscoveryTask, phase: string, order: number): PlannedAction {
  return {
    id: task.id,
    order,
    phase,
    owner: task.ask,
    effort: "S",
    priority: task.risks[0]?.band ?? "baseline",
    mitigates: [],
    dependsOn: [],
    neededBy: [],
    baseline: false,
    discovery: task,
  };
}

/**
 * Discovery tasks (unknown answers to find out) lead the first phase: finding out comes first.
 * Settled risks (accepted, or mitigated another way) keep their actions in the plan but give
 * them no priority: the plan's urgency comes from the risks still to be dealt with.
 */
export function buildPlan(
  content: PlanContent,
  raisedRisks: readonly RaisedRisk[],
  discovery: readonly DiscoveryTask[] = [],
  settled: ReadonlySet<string> = new Set(),
): Plan {
  const risks = new Map(raisedRisks.map((risk) => [risk.id, risk]));
  const chosen = selectActions(content.actions, new Set(risks.keys()));
  const actions = content.actions.filter((action) => chosen.has(action.id));
  const priority = priorities(actions, new Map([...risks].filter(([id]) => !settled.has(id))));
  const contentOrder = new Map(content.actions.map((action, index) => [action.id, index]));
  const dependsOn = new Map(actions.map((action) => [action.id, action.dependsOn]));

  const neededBy = new Map<string, string[]>();
  for (const action of actions)
    for (const dependency of action.dependsOn) neededBy.set(dependency, [...(neededBy.get(dependency) ?? []), action.id]);

  let order = 0;
  const phases = content.phases.map((phase, phaseIndex) => {
    const found = phaseIndex === 0 ? discovery.map((task) => discoveryAction(task, phase.id, ++order)) : [];
    const inPhase = actions
      .filter((action) => action.phase === phase.id)
      .sort(
        (a, b) =>
          priorityRank(priority.get(b.id) ?? "baseline") - priorityRank(priority.get(a.id) ?? "baseline") ||
          (contentOrder.get(a.id) ?? 0) - (contentOrder.get(b.id) ?? 0),
      );
    const ordered = topologicalOrder(
      inPhase.map((action) => action.id),
      dependsOn,
    );
    const byId = new Map(inPhase.map((action) => [action.id, action]));
    return {
      phase: phase.id,
      actions: [
        ...found,
        ...ordered.flatMap((id): PlannedAction[] => {
          const action = byId.get(id);
          if (!action) return [];
          order += 1;
          return [
            {
              id,
              order,
              phase: action.phase,
              owner: action.owner,
              effort: action.effort,
              priority: priority.get(id) ?? "baseline",
              mitigates: action.mitigates
                .flatMap((riskId) => {
                  const risk = risks.get(riskId);
                  if (!risk) return [];
                  return [
                    { id: risk.id, band: risk.band, severity: risk.severity, ...(settled.has(risk.id) ? { settled: true as const } : {}) },
                  ];
                })
                .sort((a, b) => Number(a.settled ?? false) - Number(b.settled ?? false) || b.severity - a.severity),
              dependsOn: action.dependsOn,
              neededBy: neededBy.get(id) ?? [],
              baseline: action.baseline === true,
            },
          ];
        }),
      ],
    };
  });
  return { phases, summary: summarise(phases, content) };
}

function summarise(phases: readonly PlanPhase[], content: PlanContent): PlanSummary {
  const all = phases.flatMap((phase) => phase.actions);
  const count = <K extends string>(keys: readonly K[], of: (action: PlannedAction) => string): Record<K, number> =>
    Object.fromEntries(keys.map((key) => [key, all.filter((action) => of(action) === key).length])) as Record<K, number>;
  return {
    total: all.length,
    byPhase: count(
      content.phases.map((phase) => phase.id),
      (action) => action.phase,
    ),
    byOwner: count(
      content.roles.map((role) => role.id),
      (action) => action.owner,
    ),
    byEffort: count(["S", "M", "L"] as const, (action) => action.effort),
    personDays: all.reduce((sum, action) => sum + EFFORT_DAYS[action.effort], 0),
    personDaysRange: {
      min: all.reduce((sum, action) => sum + EFFORT_RANGES[action.effort].min, 0),
      max: all.reduce((sum, action) => sum + EFFORT_RANGES[action.effort].max, 0),
    },
  };
}
