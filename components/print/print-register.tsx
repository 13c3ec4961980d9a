import { BAND_LABELS, evidencePhrase, IMPACT_LABELS, LIKELIHOOD_LABELS, type AssessmentView } from "@/lib/engine";

/** Every raised risk with its numbers, what goes wrong, why, what to do, and what the team decided. */
export function PrintRegister({ doc }: { doc: AssessmentView }) {
  return (
    <section className="print-section">
      <h2>Risk register</h2>
      {doc.risks.length === 0 ? <p>No risks raised.</p> : null}
      {doc.risks.map((risk, i) => (
        <div key={risk.id} className={`risk risk--${risk.band}`}>
          <h3 className="risk__title">
            {i + 1}. {risk.title} <span className={`tag tag--band tag--${risk.band}`}>{BAND_LABELS[risk.band]}</span>
            {risk.decision?.inForce ? <span className="tag tag--settled">{risk.decision.kindLabel}</span> : null}
            {risk.decision && !risk.decision.inForce ? <span className="tag tag--due">Review due</span> : null}
          </h3>
          <p>
            {risk.areaTitle} · likelihood {risk.likelihood} {LIKELIHOOD_LABELS[risk.likelihood]} · impact {risk.impact}{" "}
            {IMPACT_LABELS[risk.impact]} · severity {risk.severity} of 25
          </p>
          <p>{risk.description}</p>
          <p>
            <strong>Who feels it:</strong> {risk.affects}
          </p>
          <p>
            <strong>Why:</strong> {risk.reason}
          </p>
          {risk.why.length > 0 ? (
            <ul>
              {risk.why.map((w) => (
                <li key={w.prompt}>
                  {w.prompt} <strong>{w.answer}</strong>
                  {w.evidence ? <span className="evidence-cite">{evidencePhrase(w.evidence)}</span> : null}
                </li>
              ))}
            </ul>
          ) : null}
          <p>
            <strong>What to do:</strong> {risk.actions.map((action) => action.title).join("; ")}
          </p>
          {risk.decision ? (
            <p className={risk.decision.inForce ? undefined : "risk-decision__due"}>
              <strong>Decision:</strong> {risk.decision.summary}
              {risk.decision.reason ? ` ${risk.decision.kind === "mitigated" ? "How" : "Why"}: ${risk.decision.reason}` : ""}
              {risk.decision.reviewText ? ` ${risk.decision.reviewText}` : ""}
            </p>
          ) : null}
        </div>
      ))}
    </section>
  );
}
