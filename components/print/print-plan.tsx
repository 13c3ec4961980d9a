import type { AssessmentView } from "@/lib/engine";

/** The plan for paper: the actions to start with, then the plan by phase with the team's decisions. */
export function PrintPlan({ doc }: { doc: AssessmentView }) {
  const s = doc.plan.summary;
  return (
    <section className="print-section print-section--plan">
      <h2>Adoption plan</h2>
      <p>
        {s.total} actions; effort {s.byEffort.S} small, {s.byEffort.M} medium, {s.byEffort.L} large (roughly {doc.plan.personDaysLabel}).
      </p>
      {doc.plan.startHere.length > 0 ? (
        <div className="print-start-here">
          <h3>Start here</h3>
          <ol>
            {doc.plan.startHere.map((item) => (
              <li key={item.id} className="print-start-here__item">
                <strong>{item.title}</strong> (#{item.order}, {item.effortRange}) — {item.whyNow}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      {doc.plan.phases.map((phase) => (
        <div key={phase.id} className="print-phase">
          <h3>{phase.title}</h3>
          {phase.actions.length === 0 ? <p>No actions in this phase.</p> : null}
          <ol className="plan-actions">
            {phase.actions.map((action) => (
              <li key={action.id} className="plan-action">
                <h4 className="plan-action__title">
                  {action.order}. {action.title}
                </h4>
                <p className="print-meta">
                  Owner: {action.ownerTitle} · Effort: {action.effort} ({action.effortRange}) · Priority: {action.priorityLabel} · Status:{" "}
                  {action.statusLabel}
                  {action.decision.person ? ` · Person: ${action.decision.person}` : ""}
                </p>
                <p>{action.detail}</p>
                {action.riskTitles.length > 0 ? <p>Mitigates: {action.riskTitles.join("; ")}</p> : null}
                {action.dependsOnTitles.length > 0 ? <p>Depends on: {action.dependsOnTitles.join("; ")}</p> : null}
                {action.decision.status === "not-applicable" && action.decision.reason ? (
                  <p>Not applicable because: {action.decision.reason}</p>
                ) : null}
                {action.decision.note ? <p>Note: {action.decision.note}</p> : null}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
