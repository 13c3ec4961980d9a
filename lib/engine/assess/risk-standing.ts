/**
 * Where each risk decision stands today. A decision is in force while its review date has
 * not passed and the answers behind the risk are those it was taken on; otherwise the risk
 * is back among those to deal with, and says why. A decision on a risk the answers no
 * longer raise is kept for the record but settles nothing.
 */
import type { RiskDecision } from "../assessment";
import { riskBasis } from "../risk-basis";
import type { RaisedRisk } from "../risks";

export type ReviewReason = "review-date" | "answers-changed";

export interface RiskStanding {
  decision: RiskDecision;
  /** The decision applies: the risk is settled. */
  inForce: boolean;
  /** Why it no longer applies, when it does not. */
  review: ReviewReason[];
}

/** `today` is the user's calendar day (YYYY-MM-DD); without it, review dates are not judged. */
export function riskStanding(decision: RiskDecision, raised: RaisedRisk, today: string | undefined): RiskStanding {
  const review: ReviewReason[] = [];
  if (today !== undefined && decision.reviewOn !== undefined && decision.reviewOn < today) review.push("review-date");
  if (decision.basis !== riskBasis(raised)) review.push("answers-changed");
  return { decision, inForce: review.length === 0, review };
}

/** The ids of the risks raised and settled by a decision in force. */
export function settledRisks(
  decisions: Readonly<Record<string, RiskDecision>> | undefined,
  raised: readonly RaisedRisk[],
  today: string | undefined,
): Set<string> {
  const settled = new Set<string>();
  if (!decisions) return settled;
  for (const risk of raised) {
    const decision = Object.hasOwn(decisions, risk.id) ? decisions[risk.id] : undefined;
    if (decision && riskStanding(decision, risk, today).inForce) settled.add(risk.id);
  }
  return settled;
}
