/** The comparison itself: risks resolved, new and changed band; readiness then and now; answers that differ. */
import type { Ref } from "react";
import type { ComparedRisk, ComparisonView, SharedAssessment } from "@/lib/engine";
import { BandTag } from "../ui/band-tag";
import { formatDate } from "../ui/format-date";

interface ComparisonReportProps {
  before: SharedAssessment;
  after: SharedAssessment;
  comparison: ComparisonView;
  /** The heading takes focus when a comparison is made. */
  headingRef?: Ref<HTMLHeadingElement>;
}

function RiskList({ title, risks, empty }: { title: string; risks: readonly ComparedRisk[]; empty: string }) {
  return (
    <>
      <h3>
        {title} ({risks.length})
      </h3>
      {risks.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul>
          {risks.map((risk) => (
            <li key={risk.id}>
              {risk.title} <BandTag band={risk.band} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function ComparisonReport({ before, after, comparison, headingRef }: ComparisonReportProps) {
  return (
    <section aria-labelledby="comparison-title" className="comparison">
      <h2 id="comparison-title" tabIndex={-1} ref={headingRef}>
        {before.name} ({formatDate(before.updatedAt)}) compared with {after.name} ({formatDate(after.updatedAt)})
      </h2>
      <RiskList title="Risks resolved" risks={comparison.resolved} empty="None resolved." />
      <RiskList title="New risks" risks={comparison.added} empty="No new risks." />
      <h3>Risks that changed band ({comparison.changedBand.length})</h3>
      {comparison.changedBand.length === 0 ? (
        <p>No risk changed band.</p>
      ) : (
        <ul>
          {comparison.changedBand.map((change) => (
            <li key={change.id}>
              {change.title}: <BandTag band={change.before} /> then, <BandTag band={change.after} /> now
            </li>
          ))}
        </ul>
      )}
      <p>{comparison.unchanged} risks are unchanged.</p>
      <h3>Readiness by area</h3>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Then</th>
            <th scope="col">Now</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {comparison.readiness.map((row) => (
            <tr key={row.area}>
              <th scope="row">{row.title}</th>
              <td>{row.before ?? "Unknown"}</td>
              <td>{row.after ?? "Unknown"}</td>
              <td>{row.change}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Answers that differ ({comparison.answers.length})</h3>
      {comparison.answers.length === 0 ? (
        <p>The answers that count are the same.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Then</th>
              <th scope="col">Now</th>
            </tr>
          </thead>
          <tbody>
            {comparison.answers.map((change) => (
              <tr key={change.question}>
                <th scope="row">{change.prompt}</th>
                <td>{change.before}</td>
                <td>{change.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Decisions on risks that differ ({comparison.decisions.length})</h3>
      {comparison.decisions.length === 0 ? (
        <p>The same risks are accepted or mitigated another way, for the same reasons.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Risk</th>
              <th scope="col">Then</th>
              <th scope="col">Now</th>
            </tr>
          </thead>
          <tbody>
            {comparison.decisions.map((change) => (
              <tr key={change.id}>
                <th scope="row">{change.title}</th>
                <td>{change.before}</td>
                <td>{change.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
