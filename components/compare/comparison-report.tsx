/** The comparison itself: risks resolved, new and changed band; readiness then and now; answers that differ. */
import type { Ref } from "react";
import { answerText } from "@/lib/engine/answer-text";
import type { Comparison } from "@/lib/engine/compare";
import { titleOf, type ContentIndex } from "@/lib/engine/content-index";
import type { RaisedRisk } from "@/lib/engine/risks";
import type { SharedAssessment } from "@/lib/engine/share/shared-assessment";
import { BandTag } from "../results/band-tag";
import { formatDate } from "../ui/format-date";

interface ComparisonReportProps {
  before: SharedAssessment;
  after: SharedAssessment;
  comparison: Comparison;
  index: ContentIndex;
  /** The heading takes focus when a comparison is made. */
  headingRef?: Ref<HTMLHeadingElement>;
}

function RiskList({ title, risks, index, empty }: { title: string; risks: readonly RaisedRisk[]; index: ContentIndex; empty: string }) {
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
              {titleOf(index.risk, risk.id)} <BandTag band={risk.band} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

const delta = (before: number | null, after: number | null): string =>
  before === null || after === null ? "—" : after === before ? "No change" : `${after > before ? "+" : ""}${after - before}`;

export function ComparisonReport({ before, after, comparison, index, headingRef }: ComparisonReportProps) {
  return (
    <section aria-labelledby="comparison-title" className="comparison">
      <h2 id="comparison-title" tabIndex={-1} ref={headingRef}>
        {before.name} ({formatDate(before.updatedAt)}) compared with {after.name} ({formatDate(after.updatedAt)})
      </h2>
      <RiskList title="Risks resolved" risks={comparison.resolved} index={index} empty="None resolved." />
      <RiskList title="New risks" risks={comparison.added} index={index} empty="No new risks." />
      <h3>Risks that changed band ({comparison.changedBand.length})</h3>
      {comparison.changedBand.length === 0 ? (
        <p>No risk changed band.</p>
      ) : (
        <ul>
          {comparison.changedBand.map((change) => (
            <li key={change.id}>
              {titleOf(index.risk, change.id)}: <BandTag band={change.before.band} /> then, <BandTag band={change.after.band} /> now
            </li>
          ))}
        </ul>
      )}
      <p>{comparison.unchanged.length} risks are unchanged.</p>
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
              <th scope="row">{titleOf(index.area, row.area)}</th>
              <td>{row.before ?? "Unknown"}</td>
              <td>{row.after ?? "Unknown"}</td>
              <td>{delta(row.before, row.after)}</td>
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
            {comparison.answers.map((change) => {
              const question = index.question.get(change.question);
              if (!question) return null;
              return (
                <tr key={change.question}>
                  <th scope="row">{question.prompt}</th>
                  <td>{answerText(question, change.before)}</td>
                  <td>{answerText(question, change.after)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
