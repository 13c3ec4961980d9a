"use client";
/**
 * The plan by phase, filterable by owner role and phase. Used for the team's own plan
 * (with decision controls) and for a shared one (read-only).
 */
import { useState } from "react";
import type { Decision, Phase, PlanView, Role } from "@/lib/engine";
import { PlanAction } from "./plan-action";
import { PlanFilters, type PlanFilter } from "./plan-filters";
import { PlanSummary } from "./plan-summary";

const sharedRiskHref = (id: string): string => `#risk-${id}`;

interface PlanBodyProps {
  plan: PlanView;
  roles: readonly Pick<Role, "id" | "title">[];
  phases: readonly Pick<Phase, "id" | "title">[];
  onDecision?: (actionId: string, decision: Decision) => void;
}

export function PlanBody({ plan, roles, phases: allPhases, onDecision }: PlanBodyProps) {
  const [filter, setFilter] = useState<PlanFilter>({});
  const total = plan.summary.total;
  const phases = plan.phases
    .filter((phase) => !filter.phase || phase.id === filter.phase)
    .map((phase) => ({ ...phase, actions: phase.actions.filter((action) => !filter.owner || action.owner === filter.owner) }));
  const shown = phases.reduce((sum, phase) => sum + phase.actions.length, 0);

  return (
    <>
      <PlanSummary plan={plan} />
      <h2 id="plan-actions-title">Actions by phase</h2>
      <PlanFilters filter={filter} onChange={setFilter} roles={roles} phases={allPhases} />
      <p className="register-count" aria-live="polite">
        Showing {shown} of {total} actions
        {filter.owner || filter.phase ? (
          <>
            {" "}
            <button type="button" className="link-button" onClick={() => setFilter({})}>
              Clear filters
            </button>
          </>
        ) : null}
      </p>
      {phases.map((phase) => {
        const headingId = `phase-${phase.id}`;
        return (
          <section key={phase.id} aria-labelledby={headingId} className="plan-phase">
            <h3 id={headingId} className="plan-phase__title">
              {phase.title}
            </h3>
            <p className="hint">{phase.summary}</p>
            {phase.actions.length === 0 ? (
              <p>No actions {filter.owner ? "for this owner role " : ""}in this phase.</p>
            ) : (
              <ol className="plan-actions">
                {phase.actions.map((action) => (
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
