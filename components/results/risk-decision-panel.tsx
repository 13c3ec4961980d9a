"use client";
/**
 * A risk's decision in the register: what the team decided (or a way to decide), whether
 * it still holds, and the decision record to download. Read-only on a shared page.
 */
import { lazy, Suspense, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { riskBasis, type RiskDecision, type RiskDecisionInput, type RiskView } from "@/lib/engine";
// The form (and react-hook-form with it) loads when someone first decides, not with the results.
const RiskDecisionForm = lazy(() => import("./risk-decision-form").then((module) => ({ default: module.RiskDecisionForm })));

export interface RiskDecisionActions {
  today: string;
  onDecide: (riskId: string, decision: RiskDecision | undefined) => void;
  onExport: (riskId: string) => void;
  /** Every decision as a decision record, in one archive. */
  onExportAll: () => void;
}

const EMPTY: RiskDecisionInput = { kind: "", reason: "", by: "", reviewOn: "" };

function inputOf(decision: RiskDecision | undefined): RiskDecisionInput {
  if (!decision) return EMPTY;
  return { kind: decision.kind, reason: decision.reason ?? "", by: decision.by ?? "", reviewOn: decision.reviewOn ?? "" };
}

/** The decision in words: who decided what, why or how, and whether it still holds. */
export function RiskDecisionSummary({ risk }: { risk: RiskView }) {
  const decision = risk.decision;
  if (!decision) return null;
  return (
    <>
      <p>
        <strong>{decision.inForce ? decision.summary : `Was: ${decision.summary}`}</strong>
      </p>
      {decision.reason ? (
        <p>
          <strong>{decision.kind === "mitigated" ? "How:" : "Why:"}</strong> {decision.reason}
        </p>
      ) : null}
      {decision.reviewText ? (
        <p className="risk-decision__due">
          <strong>Review due.</strong> {decision.reviewText.replace(/^Review due: /, "")}
        </p>
      ) : null}
    </>
  );
}

export function RiskDecisionPanel({ risk, actions }: { risk: RiskView; actions?: RiskDecisionActions | undefined }) {
  const [editing, setEditing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const decision = risk.decision;
  const headingId = `risk-${risk.id}-decision`;
  if (!actions) {
    return decision ? (
      <section className={`risk-decision risk-decision--${decision.inForce ? "settled" : "due"}`} aria-labelledby={headingId}>
        <h4 id={headingId}>Decision</h4>
        <RiskDecisionSummary risk={risk} />
      </section>
    ) : null;
  }
  const close = () => {
    flushSync(() => setEditing(false));
    heading.current?.focus();
  };
  const open = () => setEditing(true);
  return (
    <section
      className={`risk-decision${decision ? ` risk-decision--${decision.inForce ? "settled" : "due"}` : ""}`}
      aria-labelledby={headingId}
    >
      <h4 id={headingId} ref={heading} tabIndex={-1}>
        Decision
      </h4>
      {editing ? (
        <Suspense fallback={<p aria-busy="true">Opening the form…</p>}>
          <RiskDecisionForm
            riskId={risk.id}
            riskTitle={risk.title}
            today={actions.today}
            // Deciding again after a review starts from what was decided, with a new review day to choose.
            initial={decision && !decision.inForce ? { ...inputOf(decision), reviewOn: "" } : inputOf(decision)}
            onCancel={close}
            onSave={(values) => {
              actions.onDecide(risk.id, {
                kind: values.kind,
                reason: values.reason,
                ...(values.by ? { by: values.by } : {}),
                ...(values.reviewOn ? { reviewOn: values.reviewOn } : {}),
                decidedOn: actions.today,
                basis: riskBasis(risk),
              });
              close();
            }}
          />
        </Suspense>
      ) : decision ? (
        <>
          <RiskDecisionSummary risk={risk} />
          <div className="button-group">
            <button type="button" className="button button--secondary" onClick={open}>
              {decision.inForce ? "Change the decision" : "Decide again"}
              <span className="visually-hidden"> on “{risk.title}”</span>
            </button>
            <button type="button" className="button button--secondary" onClick={() => actions.onDecide(risk.id, undefined)}>
              Take the decision back<span className="visually-hidden"> on “{risk.title}”</span>
            </button>
            <button type="button" className="button button--secondary" onClick={() => actions.onExport(risk.id)}>
              Download the decision record (ADR)<span className="visually-hidden"> for “{risk.title}”</span>
            </button>
          </div>
        </>
      ) : (
        <p>
          <button type="button" className="button button--secondary" onClick={open}>
            Decide on this risk
            <span className="visually-hidden">: accept it, or record that it is mitigated another way (“{risk.title}”)</span>
          </button>
        </p>
      )}
    </section>
  );
}
