/**
 * The printable document: cover, summary, readiness, risk matrix, risk register and plan
 * by phase. It renders the same resolved document as the Markdown export, so print and
 * Markdown say the same things.
 */
import { BAND_LABELS, BANDS, type AssessmentView } from "@/lib/engine";
import { formatDate } from "../ui/format-date";
import { PrintEvidence } from "./print-evidence";
import { ReopenCode, type ReopenLink } from "./reopen-code";
import { PrintMatrix } from "./print-matrix";
import { PrintPlan } from "./print-plan";
import { PrintRegister } from "./print-register";

export function PrintDocument({ doc, printedAt, reopen }: { doc: AssessmentView; printedAt: Date; reopen?: ReopenLink | undefined }) {
  const { assessment, summary } = doc;
  return (
    <article className="print-document">
      <header className="print-cover">
        <p className="print-cover__kicker">Container adoption assessment</p>
        <h1 id="page-heading" tabIndex={-1}>
          {assessment.name}
        </h1>
        <dl className="print-cover__facts">
          {assessment.assessor ? (
            <div>
              <dt>Assessor</dt>
              <dd>{assessment.assessor}</dd>
            </div>
          ) : null}
          <div>
            <dt>Date</dt>
            <dd>{formatDate(printedAt.toISOString())}</dd>
          </div>
          <div>
            <dt>Last changed</dt>
            <dd>{formatDate(assessment.updatedAt)}</dd>
          </div>
          <div>
            <dt>Questionnaire version</dt>
            <dd>{doc.contentVersion}</dd>
          </div>
        </dl>
        {reopen ? <ReopenCode link={reopen} /> : null}
      </header>

      <section className="print-section">
        <h2>Summary</h2>
        <table className="data-table">
          <caption>Risks by band</caption>
          <thead>
            <tr>
              {BANDS.map((band) => (
                <th scope="col" key={band}>
                  {BAND_LABELS[band]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {BANDS.map((band) => (
                <td key={band}>{doc.bandCounts[band]}</td>
              ))}
            </tr>
          </tbody>
        </table>
        <h3>The {summary.topRisks.length} most severe risks</h3>
        <ol>
          {summary.topRisks.map((risk) => (
            <li key={risk.id}>
              {risk.title} — {BAND_LABELS[risk.band]} (severity {risk.severity})
            </li>
          ))}
        </ol>
        {summary.unknownAreas.length > 0 ? (
          <p>
            <strong>Unknown (not answered):</strong> {summary.unknownAreas.map((area) => area.title).join(", ")}.
          </p>
        ) : null}
        <h3>Readiness by area</h3>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Readiness (of 100)</th>
              <th scope="col">Risks</th>
              <th scope="col">Known</th>
            </tr>
          </thead>
          <tbody>
            {doc.areas.map((area) => (
              <tr key={area.id}>
                <th scope="row">{area.title}</th>
                <td>{area.readiness.score ?? "Unknown"}</td>
                <td>{area.readiness.riskCount}</td>
                <td>{area.knownLabel}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <PrintEvidence doc={doc} />
      <PrintMatrix doc={doc} />
      <PrintRegister doc={doc} />
      <PrintPlan doc={doc} />
    </article>
  );
}
