/**
 * The summary at the top of the results: what was assessed and when, risks per band, the
 * five most severe, and which areas are unknown or incomplete.
 */
import Link from "next/link";
import type { Assessment } from "@/lib/engine/assessment";
import { titleOf, type ContentIndex } from "@/lib/engine/content-index";
import { TOP_RISKS, type Results } from "@/lib/engine/results";
import { BAND_LABELS, BANDS } from "@/lib/engine/scoring";
import { formatDate } from "../ui/format-date";
import { BandTag } from "./band-tag";
import { riskElementId } from "./risk-element-id";

interface ResultsSummaryProps {
  assessment: Assessment;
  results: Results;
  index: ContentIndex;
  readOnly?: boolean;
}

export function ResultsSummary({ assessment, results, index, readOnly = false }: ResultsSummaryProps) {
  const areaLink = (area: string) =>
    readOnly ? titleOf(index.area, area) : <Link href={`/assess/${area}`}>{titleOf(index.area, area)}</Link>;
  const unanswered = results.progress.filter((area) => area.status === "not-started");
  const incomplete = results.progress.filter((area) => area.status === "in-progress");
  return (
    <section aria-labelledby="summary-title" className="results-section">
      <h2 id="summary-title">Summary</h2>
      <p>
        <strong>{assessment.name}</strong>
        {assessment.assessor ? <>, assessed by {assessment.assessor}</> : null}, last changed{" "}
        <time dateTime={assessment.updatedAt}>{formatDate(assessment.updatedAt)}</time>.
      </p>
      <ul className="band-counts" aria-label="Risks by band">
        {BANDS.map((band) => (
          <li key={band} className={`band-count band-count--${band}`}>
            <span className="band-count__number">{results.bandCounts[band]}</span>{" "}
            <span className="band-count__label">{BAND_LABELS[band]}</span>
          </li>
        ))}
      </ul>
      {results.risks.length > 0 ? (
        <>
          <h3>The {Math.min(TOP_RISKS, results.risks.length)} most severe risks</h3>
          <ol className="top-risks">
            {results.risks.slice(0, TOP_RISKS).map((risk) => (
              <li key={risk.id}>
                <a href={`#${riskElementId(risk.id)}`}>{titleOf(index.risk, risk.id)}</a> <BandTag band={risk.band} /> severity{" "}
                {risk.severity}, {titleOf(index.area, risk.area)}
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p>Your answers raise no risks.</p>
      )}
      {unanswered.length + incomplete.length > 0 ? (
        <div className="inset" role="note">
          {unanswered.length > 0 ? (
            <p>
              <strong>Unknown, not answered:</strong>{" "}
              {unanswered.map((area, i) => (
                <span key={area.area}>
                  {i > 0 ? ", " : ""}
                  {areaLink(area.area)}
                </span>
              ))}
              . An unanswered area is an unknown, not a clean bill of health.
            </p>
          ) : null}
          {incomplete.length > 0 ? (
            <p>
              <strong>Incomplete:</strong>{" "}
              {incomplete.map((area, i) => (
                <span key={area.area}>
                  {i > 0 ? ", " : ""}
                  {areaLink(area.area)} ({area.answered} of{" "}
                  {area.shown} answered)
                </span>
              ))}
              .
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
