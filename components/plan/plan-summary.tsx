/**
 * The plan at a glance: actions per phase and per owner role, and the effort in total as a
 * range, because sizes are estimates and one summed figure would claim a precision they lack.
 */
import { EFFORT_RANGE_LABELS, type PlanView } from "@/lib/engine";

export function PlanSummary({ plan }: { plan: PlanView }) {
  const { summary, decided: done } = plan;
  return (
    <section aria-labelledby="plan-summary-title" className="results-section">
      <h2 id="plan-summary-title">The plan at a glance</h2>
      <p>
        <strong>{summary.total}</strong> actions, {done} done or not applicable. Effort: {summary.byEffort.S} small, {summary.byEffort.M}{" "}
        medium and {summary.byEffort.L} large — roughly <strong>{plan.personDaysLabel}</strong> (small {EFFORT_RANGE_LABELS.S}, medium{" "}
        {EFFORT_RANGE_LABELS.M}, large {EFFORT_RANGE_LABELS.L} each).
      </p>
      <div className="summary-tables">
        <table className="data-table">
          <caption>Actions per phase</caption>
          <thead>
            <tr>
              <th scope="col">Phase</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {plan.byPhase.map((phase) => (
              <tr key={phase.id}>
                <th scope="row">{phase.title}</th>
                <td>{phase.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="data-table">
          <caption>Actions per owner role</caption>
          <thead>
            <tr>
              <th scope="col">Owner role</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {plan.byOwner.map((role) => (
              <tr key={role.id}>
                <th scope="row">{role.title}</th>
                <td>{role.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
