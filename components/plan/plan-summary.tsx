/** The plan at a glance: actions per phase and per owner role, and the effort in total. */
import { titleOf, type ContentIndex } from "@/lib/engine/content-index";
import type { PlanSummary as Summary } from "@/lib/engine/plan";

export function PlanSummary({ summary, index, done }: { summary: Summary; index: ContentIndex; done: number }) {
  return (
    <section aria-labelledby="plan-summary-title" className="results-section">
      <h2 id="plan-summary-title">The plan at a glance</h2>
      <p>
        <strong>{summary.total}</strong> actions, {done} done or not applicable. Effort: {summary.byEffort.S} small,{" "}
        {summary.byEffort.M} medium and {summary.byEffort.L} large — roughly <strong>{summary.personDays} person-days</strong>{" "}
        (small ≈ 2, medium ≈ 8, large ≈ 25).
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
            {Object.entries(summary.byPhase).map(([phase, count]) => (
              <tr key={phase}>
                <th scope="row">{titleOf(index.phase, phase)}</th>
                <td>{count}</td>
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
            {Object.entries(summary.byOwner).map(([role, count]) => (
              <tr key={role}>
                <th scope="row">{titleOf(index.role, role)}</th>
                <td>{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
