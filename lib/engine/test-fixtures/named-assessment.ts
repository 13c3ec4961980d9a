import type { Answers } from "../answers";
import type { Assessment } from "../assessment";

/** An application of a portfolio for tests: its id, name and answers (copied), nothing decided. */
export function namedAssessment(id: string, name: string, answers: Answers, contentVersion: string): Assessment {
  return {
    id,
    name,
    createdAt: "2026-12-01T00:00:00Z",
    updatedAt: "2026-12-01T00:00:00Z",
    contentVersion,
    answers: { ...answers },
    decisions: {},
  };
}
