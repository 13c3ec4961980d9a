import { DECISION_LABELS, type Decision } from "@/lib/engine";

/** A decision as text, for read-only views such as a shared result link. */
export function DecisionSummary({ decision }: { decision: Decision }) {
  return (
    <dl className="decision-summary">
      <div>
        <dt>Status</dt>
        <dd>
          {DECISION_LABELS[decision.status]}
          {decision.status === "not-applicable" && decision.reason ? ` — ${decision.reason}` : ""}
        </dd>
      </div>
      {decision.person ? (
        <div>
          <dt>Person</dt>
          <dd>{decision.person}</dd>
        </div>
      ) : null}
      {decision.note ? (
        <div>
          <dt>Note</dt>
          <dd className="decision-summary__note">{decision.note}</dd>
        </div>
      ) : null}
    </dl>
  );
}
