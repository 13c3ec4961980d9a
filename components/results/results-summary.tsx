/**
 * The summary at the top of the results: what was assessed and when, risks per band, the
 * five most severe, and which areas are unknown or incomplete.
 */
import { AppLink } from "../ui/app-link";
import { BAND_LABELS, BANDS, type AreaView, type AssessmentView } from "@/lib/engine";
import { formatDate } from "../ui/format-date";
import { BandTag } from "../ui/band-tag";
import { riskElementId } from "./risk-element-id";

interface ResultsSummaryProps {
  view: AssessmentView;
  readOnly?: boolean;
}

export function ResultsSummary({ view, readOnly = false }: ResultsSummaryProps) {
  const { assessment, summary } = view;
  const areaLink = (area: AreaView) => (readOnly ? area.title : <AppLink href={`/assess/${area.id}`}>{area.title}</AppLink>);
  const unanswered = summary.unknownAreas;
  const incomplete = summary.incompleteAreas;
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
            <span className="band-count__number">{view.bandCounts[band]}</span>{" "}
            <span className="band-count__label">{BAND_LABELS[band]}</span>
          </li>
        ))}
      </ul>
      {summary.topRisks.length > 0 ? (
        <>
          <h3>The {summary.topRisks.length} most severe risks</h3>
          <ol className="top-risks">
            {summary.topRisks.map((risk) => (
              <li key={risk.id}>
                <a href={`#${riskElementId(risk.id)}`}>{risk.title}</a> <BandTag band={risk.band} /> severity {risk.severity},{" "}
                {risk.areaTitle}
              </li>
            ))}
          </ol>
        </>
      ) : view.risks.length > 0 ? (
        <p>Every risk your answers raise is accepted or mitigated another way.</p>
      ) : (
        <p>Your answers raise no risks.</p>
      )}
      {view.settledRisks.length + view.reviewDue.length > 0 ? (
        <p>
          {view.settledRisks.length > 0 ? (
            <>
              <a href="#decided-title">
                {view.settledRisks.length} {view.settledRisks.length === 1 ? "risk" : "risks"} accepted or mitigated another way
              </a>
              .{" "}
            </>
          ) : null}
          {view.reviewDue.length > 0 ? (
            <strong className="risk-decision__due-count">
              {view.reviewDue.length} {view.reviewDue.length === 1 ? "decision is" : "decisions are"} due for review: the{" "}
              {view.reviewDue.length === 1 ? "risk is" : "risks are"} back in the register.
            </strong>
          ) : null}
        </p>
      ) : null}
      {unanswered.length + incomplete.length > 0 ? (
        <div className="inset" role="note">
          {unanswered.length > 0 ? (
            <p>
              <strong>Unknown, not answered:</strong>{" "}
              {unanswered.map((area, i) => (
                <span key={area.id}>
                  {i > 0 ? ", " : ""}
                  {areaLink(area)}
                </span>
              ))}
              . An unanswered area is an unknown, not a clean bill of health.
            </p>
          ) : null}
          {incomplete.length > 0 ? (
            <p>
              <strong>Incomplete:</strong>{" "}
              {incomplete.map((area, i) => (
                <span key={area.id}>
                  {i > 0 ? ", " : ""}
                  {areaLink(area)} ({area.answered} of {area.shown} answered)
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
