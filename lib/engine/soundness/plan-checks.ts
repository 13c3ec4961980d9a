/**
 * Checks on the plan's raw material: every risk is mitigated, dependencies form no cycle
 * and never point to a later phase (a plan is read phase by phase).
 */
import { findCycle } from "../graph";
import type { Questionnaire } from "../questionnaire";
import type { Problem } from "./problem";

export function checkActions(content: Questionnaire): Problem[] {
  const problems: Problem[] = [];
  for (const risk of content.risks) {
    if (!content.actions.some((action) => action.mitigates.includes(risk.id))) {
      problems.push({ id: risk.id, problem: "No action mitigates this risk." });
    }
  }

  const ids = content.actions.map((action) => action.id);
  const cycle = findCycle(ids, new Map(content.actions.map((action) => [action.id, action.dependsOn])));
  if (cycle) {
    problems.push({ id: cycle[0] ?? "", problem: `Actions depend on each other in a cycle: ${cycle.join(" → ")}.` });
  }

  const phaseIndex = new Map(content.phases.map((phase, index) => [phase.id, index]));
  const byId = new Map(content.actions.map((action) => [action.id, action]));
  for (const action of content.actions) {
    for (const dependencyId of action.dependsOn) {
      const dependency = byId.get(dependencyId);
      // An unknown action or phase is reported by the reference check; it has no place to compare.
      const dependencyPhase = dependency && phaseIndex.get(dependency.phase);
      const actionPhase = phaseIndex.get(action.phase);
      if (!dependency || dependencyPhase === undefined || actionPhase === undefined) continue;
      if (dependencyPhase > actionPhase) {
        problems.push({
          id: action.id,
          problem: `It depends on "${dependencyId}", which comes in a later phase ("${dependency.phase}").`,
        });
      }
    }
  }
  return problems;
}
