/**
 * One programme action out of the same action planned in several applications: as urgent as
 * the most urgent of them, mitigating every risk any of them raised, and decided only where
 * every application that needs it decided the same.
 */
import type { ActionView } from "../assess/assessment-view";
import { DECISION_LABELS } from "../assess/decision-labels";
import { OPEN_DECISION, type Decision } from "../assessment";
import { PRIORITY_LABELS, type Priority } from "../plan";
import { bandRank } from "../scoring";

export const priorityRank = (priority: Priority): number => (priority === "baseline" ? 0 : bandRank(priority));

/** Done or not applicable only when every application says so; its words kept only when they all agree. */
export function agreedDecision(decisions: readonly Decision[]): Decision {
  const [first, ...rest] = decisions;
  if (!first || rest.some((decision) => decision.status !== first.status)) return OPEN_DECISION;
  const same = rest.every((d) => d.reason === first.reason && d.person === first.person && d.note === first.note);
  return same ? first : { status: first.status };
}

/** `instances`: the action as each application's plan has it, in portfolio order (at least one). */
export function mergeAction(instances: readonly ActionView[]): ActionView | undefined {
  const base = instances.reduce<ActionView | undefined>(
    (best, action) => (best === undefined || priorityRank(action.priority) > priorityRank(best.priority) ? action : best),
    undefined,
  );
  if (!base) return undefined;
  const worst = new Map<string, { risk: ActionView["mitigates"][number]; title: string }>();
  for (const action of instances)
    action.mitigates.forEach((risk, i) => {
      const known = worst.get(risk.id);
      if (!known || risk.severity > known.risk.severity) worst.set(risk.id, { risk, title: action.riskTitles[i] ?? risk.id });
    });
  const mitigated = [...worst.values()].sort(
    (a, b) => Number(a.risk.settled ?? false) - Number(b.risk.settled ?? false) || b.risk.severity - a.risk.severity,
  );
  const decision = agreedDecision(instances.map((action) => action.decision));
  const setAside = instances.every((action) => action.setAside);
  return {
    ...base,
    mitigates: mitigated.map((entry) => entry.risk),
    riskTitles: mitigated.map((entry) => entry.title),
    decision,
    statusLabel: DECISION_LABELS[decision.status],
    setAside,
    priorityLabel: setAside ? base.priorityLabel : PRIORITY_LABELS[base.priority],
  };
}
