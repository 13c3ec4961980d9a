"use client";
/**
 * The plan: its summary, the few actions to start with, then the plan by phase, filterable by owner role and phase. Used for the team's own plan
 * (with decision controls) and for a shared one (read-only).
 */
import { useState } from "react";
import { filterPlan, type Decision, type Phase, type PlanFilter, type PlanView, type Role } from "@/lib/engine";
import { PlanAction } from "./plan-action";
import { PlanFilters } from "./plan-filters";
import { PlanSummary } from "./plan-summary";
import { StartHere } from "./start-here";
import { useProgressiveCount } from "../ui/use-progressive-count";

const sharedRiskHref = (id: string): string => `#risk-${id}`;

interface PlanBodyProps {
  plan: PlanView;
  roles: readonly Pick<Role, "id" | "title">[];
  phases: readonly Pick<Phase, "id" | "title">[];
  onDecision?: (actionId: string, decision: Decision) => void;
}

export function PlanBody({ plan, roles, phases: allPhases, onDecision }: PlanBodyProps) {
  const [filter, setFilter] = useState<PlanFilter>({});
  const { phases, shown, total, filtered } = filterPlan(plan, filter);
  const rendered = useProgressiveCount(shown, { fragmentPrefix: "action-" });
  // Each phase renders the actions that fall within the first `rendered` of the whole list.
  const portions = phases.map((phase, index) => {
    const before = phases.slice(0, index).reduce((sum, earlier) => sum + earlier.actions.length, 0);
    return {
      phase,
      actions: phase.actions.slice(0, Math.max(0, rendered - before)),
      reached: rendered > before || (phase.actions.length === 0 && rendered >= before),
    };
  });

  return (
    <>
      <PlanSummary plan={plan} />
      <StartHere items={plan.startHere} />
      <h2 id="plan-actions-title">Actions by phase</h2>
      <PlanFilters filter={filter} onChange={setFilter} roles={roles} phases={allPhases} />
      <p className="register-count" aria-live="polite">
        Showing {shown} of {total} actions
        {filtered ? (
          <>
            {" "}
            <button type="button" className="link-button" onClick={() => setFilter({})}>
              Clear filters
            </button>
          </>
        ) : null}
      </p>
      {portions.map(({ phase, actions, reached }) => {
        if (!reached) return null;
        const headingId = `phase-${phase.id}`;
        return (
          <section key={phase.id} aria-labelledby={headingId} className="plan-phase">
            <h3 id={headingId} className="plan-phase__title">
              {phase.title}
            </h3>
            <p className="hint">{phase.summary}</p>
            {actions.length === 0 ? (
              <p>No actions {filter.owner ? "for this owner role " : ""}in this phase.</p>
            ) : (
              <ol className="plan-actions">
                {actions.map((action) => (
                  <PlanAction
                    key={action.id}
                    action={action}
                    onDecision={onDecision}
                    {...(onDecision === undefined ? { riskHref: sharedRiskHref } : {})}
                  />
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </>
  );
}
