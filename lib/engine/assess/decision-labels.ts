import type { Decision, RiskDecisionKind } from "../assessment";

/** A plan decision in words, the same on screen, on paper and in every export. */
export const DECISION_LABELS: Readonly<Record<Decision["status"], string>> = {
  open: "To do",
  done: "Done",
  "not-applicable": "Not applicable",
};

/** A risk decision in words. */
export const RISK_DECISION_LABELS: Readonly<Record<RiskDecisionKind, string>> = {
  accepted: "Accepted",
  mitigated: "Mitigated another way",
};
