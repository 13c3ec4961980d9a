/**
 * "Start here": the few actions a team can begin on today, so a plan of fifty actions
 * still has a first step. A candidate is still open (not done, not ruled out, not set aside
 * because the team settled its risks another way) and waits
 * on nothing open; a "find out" task qualifies when risks wait on its answer. The most
 * urgent come first, then the earliest phase, then plan order. Each says why now, in
 * words made from the plan itself.
 */
import type { ContentIndex } from "../content-index";
import { titleOf } from "../content-index";
import { BAND_LABELS, bandRank } from "../scoring";
import type { Priority } from "../plan";
import type { ActionView, PhaseView, StartHereView } from "./assessment-view";

export const START_HERE_LIMIT = 7;

const rank = (priority: Priority): number => (priority === "baseline" ? 0 : bandRank(priority));
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function whyNow(action: ActionView, byId: ReadonlyMap<string, ActionView>, index: ContentIndex): string {
  const own = action.mitigates[0];
  if (action.discovery) {
    const resting = action.discovery.risks[0];
    if (resting)
      return `“${titleOf(index.risk, resting.id)}” (${BAND_LABELS[resting.band]}) rests on this unknown: finding out settles whether it stays.`;
    return `${plural(action.discovery.decides.length, "risk", "risks")} cannot be judged until this answer is known.`;
  }
  const waiting = action.neededBy.map((id) => byId.get(id)).filter((a): a is ActionView => a !== undefined && a.decision.status === "open");
  const first = [...waiting].sort((a, b) => rank(b.priority) - rank(a.priority) || a.order - b.order)[0];
  const needed = first
    ? `Everything else needs it first: ${plural(waiting.length, "action waits", "actions wait")} on it, starting with “${first.title}”.`
    : undefined;
  // Say what makes it this urgent: a more urgent action waiting on it, else its own risk.
  if (needed && action.inheritedPriority) return needed;
  if (own) return `Mitigates “${titleOf(index.risk, own.id)}”, a ${BAND_LABELS[own.band].toLowerCase()} risk.`;
  if (needed) return needed;
  return "Every container adoption needs it, and it needs nothing first.";
}

export function startHere(phases: readonly PhaseView[], index: ContentIndex): StartHereView[] {
  const phaseIndex = new Map(phases.map((phase, i) => [phase.id, i]));
  const actions = phases.flatMap((phase) => phase.actions);
  const byId = new Map(actions.map((action) => [action.id, action]));
  const ready = (action: ActionView): boolean =>
    action.decision.status === "open" &&
    !action.setAside &&
    action.dependsOn.every((id) => byId.get(id)?.decision.status !== "open") &&
    (!action.discovery || action.discovery.decides.length > 0);
  return actions
    .filter(ready)
    .sort(
      (a, b) => rank(b.priority) - rank(a.priority) || (phaseIndex.get(a.phase) ?? 0) - (phaseIndex.get(b.phase) ?? 0) || a.order - b.order,
    )
    .slice(0, START_HERE_LIMIT)
    .map((action) => ({
      id: action.id,
      order: action.order,
      title: action.title,
      phaseTitle: action.phaseTitle,
      ownerTitle: action.ownerTitle,
      effortRange: action.effortRange,
      priorityLabel: action.priorityLabel,
      discovery: action.discovery !== undefined,
      whyNow: whyNow(action, byId, index),
    }));
}
