/** Narrowing the plan to one owner role and/or one phase, with the counts the page shows. */
import type { PhaseView, PlanView } from "./assessment-view";

export interface PlanFilter {
  owner?: string | undefined;
  phase?: string | undefined;
}

export interface FilteredPlan {
  /** The phases left, each with only the actions left (a phase may be left empty). */
  phases: PhaseView[];
  shown: number;
  total: number;
  filtered: boolean;
}

export function filterPlan(plan: PlanView, filter: PlanFilter): FilteredPlan {
  const phases = plan.phases
    .filter((phase) => !filter.phase || phase.id === filter.phase)
    .map((phase) => ({ ...phase, actions: phase.actions.filter((action) => !filter.owner || action.owner === filter.owner) }));
  return {
    phases,
    shown: phases.reduce((sum, phase) => sum + phase.actions.length, 0),
    total: plan.summary.total,
    filtered: Boolean(filter.owner || filter.phase),
  };
}
