/**
 * Risks the team accepted or mitigated another way: still in view, in their own list (and
 * marked in the matrix), with decisions on risks the answers no longer raise kept below.
 */
import type { LapsedDecisionView, RiskView } from "@/lib/engine";
import { RiskEntry } from "./risk-entry";
import type { RiskDecisionActions } from "./risk-decision-panel";

interface DecidedRisksProps {
  risks: readonly RiskView[];
  lapsed: readonly LapsedDecisionView[];
  readOnly?: boolean;
  actionHref?: (actionId: string) => string;
  decisionActions?: RiskDecisionActions | undefined;
}

export function DecidedRisks({ risks, lapsed, readOnly = false, actionHref, decisionActions }: DecidedRisksProps) {
  if (risks.length === 0 && lapsed.length === 0) return null;
  return (
    <section aria-labelledby="decided-title" className="results-section">
      <h2 id="decided-title">Accepted and mitigated risks</h2>
      <p className="lead">
        {risks.length === 0
          ? "No decision is in force."
          : `${risks.length} ${risks.length === 1 ? "risk is" : "risks are"} settled: out of the plan's priorities until the review day passes or the answers behind them change.`}
      </p>
      {decisionActions ? (
        <p>
          <button type="button" className="button button--secondary" onClick={decisionActions.onExportAll}>
            Download every decision record (ADR, .zip)
          </button>
        </p>
      ) : null}
      {risks.map((risk) => (
        <RiskEntry
          key={risk.id}
          risk={risk}
          readOnly={readOnly}
          decisionActions={decisionActions}
          {...(actionHref ? { actionHref } : {})}
        />
      ))}
      {lapsed.length > 0 ? (
        <>
          <h3>Kept for the record</h3>
          <ul className="lapsed-decisions">
            {lapsed.map((entry) => (
              <li key={entry.id}>
                <strong>{entry.title}</strong>: {entry.decision.summary} {entry.decision.reviewText}
                {entry.decision.reason ? (
                  <>
                    {" "}
                    {entry.decision.kind === "mitigated" ? "How" : "Why"}: {entry.decision.reason}
                  </>
                ) : null}
                {decisionActions ? (
                  <>
                    {" "}
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => decisionActions.onDecide(entry.id, undefined)}
                    >
                      Remove<span className="visually-hidden"> the decision on “{entry.title}”</span>
                    </button>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
