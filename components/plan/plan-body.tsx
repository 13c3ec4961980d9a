"use client";
/**
 * The plan by phase, filterable by owner role and phase. Used for the team's own plan
 * (with decision controls) and for a shared one (read-only).
 */
import { useState } from "react";
import { decisionFor, type Assessment, type Decision } from "@/lib/engine/assessment";
import type { ContentIndex } from "@/lib/engine/content-index";
import type { Plan } from "@/lib/engine/plan";
import type { Questionnaire } from "@/lib/engine/questionnaire";
import { PlanAction } from "./plan-action";
import { PlanFilters, type PlanFilter } from "./plan-filters";
import { PlanSummary } from "./plan-summary";

const sharedRiskHref = (id: string): string => `#risk-${id}`;

interface PlanBodyProps {
  questionnaire: Questionnaire;
  assessment: Assessment;
  plan: Plan;
  index: ContentIndex;
  onDecision?: (actionId: string, decision: Decision) => void;
}

export function PlanBody({ questionnaire, assessment, plan, index, onDecision }: PlanBodyProps) {
  const [filter, setFilter] = useState<PlanFilter>({});
  const all = plan.phases.flatMap((phase) => phase.actions);
  const settled = all.filter((action) => decisionFor(assessment, action.id).status !== "open").length;
  const phases = plan.phases
    .filter((phase) => !filter.phase || phase.phase === filter.phase)
    .map((phase) => ({ ...phase, actions: phase.actions.filter((action) => !filter.owner || action.owner === filter.owner) }));
  const shown = phases.reduce((sum, phase) => sum + phase.actions.length, 0);

  return (
    <>
      <PlanSummary summary={plan.summary} index={index} done={settled} />
      <h2 id="plan-actions-title">Actions by phase</h2>
      <PlanFilters filter={filter} onChange={setFilter} roles={questionnaire.roles} phases={questionnaire.phases} />
      <p className="register-count" aria-live="polite">
        Showing {shown} of {all.length} actions
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
        const content = index.phase.get(phase.phase);
        const headingId = `phase-${phase.phase}`;
        return (
          <section key={phase.phase} aria-labelledby={headingId} className="plan-phase">
            <h3 id={headingId} className="plan-phase__title">
              {content?.title ?? phase.phase}
            </h3>
            <p className="hint">{content?.summary}</p>
            {phase.actions.length === 0 ? (
              <p>No actions {filter.owner ? "for this owner role " : ""}in this phase.</p>
            ) : (
              <ol className="plan-actions">
                {phase.actions.map((action) => (
                  <PlanAction
                    key={action.id}
                    action={action}
                    index={index}
                    decision={decisionFor(assessment, action.id)}
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
