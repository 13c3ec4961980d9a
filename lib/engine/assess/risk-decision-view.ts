/**
 * A risk decision as every page and export shows it: its kind in words, one sentence of
 * who decided what and when, and, when it no longer applies, why the risk is back.
 */
import type { RiskDecision } from "../assessment";
import type { RaisedRisk } from "../risks";
import { RISK_DECISION_LABELS } from "./decision-labels";
import { riskStanding, type ReviewReason } from "./risk-standing";

export interface RiskDecisionView extends RiskDecision {
  kindLabel: string;
  /** The decision applies: the risk is settled, out of the plan's priorities. */
  inForce: boolean;
  /** Why it no longer applies (empty while it does). */
  review: ReviewReason[];
  /** "Accepted by Ana Silva on 2026-12-01; review by 2027-03-01." */
  summary: string;
  /** Why the risk is back, when the decision no longer applies. */
  reviewText?: string;
}

export function decisionSummary(decision: RiskDecision): string {
  const by = decision.by ? ` by ${decision.by}` : "";
  const review = decision.reviewOn ? `; review by ${decision.reviewOn}` : "";
  return `${RISK_DECISION_LABELS[decision.kind]}${by} on ${decision.decidedOn}${review}.`;
}

function reviewText(decision: RiskDecision, review: readonly ReviewReason[]): string | undefined {
  if (review.length === 0) return undefined;
  const reasons = review.map((reason) =>
    reason === "review-date"
      ? `its review date (${decision.reviewOn ?? ""}) has passed`
      : `the answers that raise it have changed since ${decision.decidedOn}`,
  );
  return `Review due: ${reasons.join(", and ")}. Until the team decides again, it counts as a risk to deal with.`;
}

export function riskDecisionView(decision: RiskDecision, raised: RaisedRisk, today: string | undefined): RiskDecisionView {
  const standing = riskStanding(decision, raised, today);
  const text = reviewText(decision, standing.review);
  return {
    ...decision,
    kindLabel: RISK_DECISION_LABELS[decision.kind],
    inForce: standing.inForce,
    review: standing.review,
    summary: decisionSummary(decision),
    ...(text ? { reviewText: text } : {}),
  };
}

/** A decision on a risk the answers no longer raise: nothing to settle, kept for the record. */
export function lapsedDecisionView(decision: RiskDecision): RiskDecisionView {
  return {
    ...decision,
    kindLabel: RISK_DECISION_LABELS[decision.kind],
    inForce: false,
    review: [],
    summary: decisionSummary(decision),
    reviewText: "The answers no longer raise this risk; the decision is kept for the record.",
  };
}
