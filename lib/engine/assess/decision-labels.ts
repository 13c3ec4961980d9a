import type { Decision } from "../assessment";

/** A plan decision in words, the same on screen, on paper and in every export. */
export const DECISION_LABELS: Readonly<Record<Decision["status"], string>> = {
  open: "To do",
  done: "Done",
  "not-applicable": "Not applicable",
};
