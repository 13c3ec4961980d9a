/**
 * Test fixture: an assessment with one decision of each standing, so the records, the
 * archive and the other exports are tested on the same view. Decided on the fixture's
 * risky answers: a risk accepted and in force, one mitigated another way whose review date
 * has passed, and one accepted that the answers no longer raise.
 */
import { assess } from "../../assess/assess";
import type { AssessmentView } from "../../assess/assessment-view";
import type { Assessment, RiskDecision } from "../../assessment";
import { riskBasis } from "../../risk-basis";
import { assessmentOf, unknownFixture } from "../../test-fixtures/unknown-fixture";
import type { ExportMoment } from "../make-export";

export const TODAY = "2026-12-02";
/** 23:30 UTC on 1 December is already 2 December in Berlin: the export is dated where the user is. */
export const MOMENT: ExportMoment = { now: new Date("2026-12-01T23:30:00.000Z"), timeZone: "Europe/Berlin" };

export const RISKY_ANSWERS: Assessment["answers"] = {
  "scope.goal": "portability",
  "scope.ops-capacity": 1,
  "storage.stateful": "yes",
  "storage.kinds": ["database"],
  "storage.backup": "none",
};

const base: Assessment = {
  ...assessmentOf(RISKY_ANSWERS),
  name: "Payments API",
  evidence: { "storage.backup": "Dockerfile, line 3: VOLUME /data" },
};
const raised = assess(unknownFixture, base).risks;

/** The decision on a raised risk, on the answers that raise it now (so it is in force unless its date has passed). */
export function decisionOn(riskId: string, decision: Omit<RiskDecision, "basis">): RiskDecision {
  const risk = raised.find((r) => r.id === riskId);
  if (!risk) throw new Error(`Test setup: ${riskId} is not raised`);
  return { ...decision, basis: riskBasis(risk) };
}

export const DECISIONS: Record<string, RiskDecision> = {
  "storage.data-loss": decisionOn("storage.data-loss", {
    kind: "accepted",
    reason: "Nightly exports cover us",
    by: "Ana Silva",
    reviewOn: "2027-03-01",
    decidedOn: "2026-12-01",
  }),
  "scope.tool-sprawl": decisionOn("scope.tool-sprawl", {
    kind: "mitigated",
    reason: "The vendor runs the platform for us.",
    reviewOn: "2026-11-30",
    decidedOn: "2026-11-15",
  }),
  "security.compliance-gap": { kind: "accepted", by: "Grace", decidedOn: "2026-10-01", basis: "0badc0de" },
};

export const decided: Assessment = { ...base, riskDecisions: DECISIONS };

export function viewWith(riskDecisions: Record<string, RiskDecision>, assessment: Assessment = base): AssessmentView {
  return assess(unknownFixture, { ...assessment, riskDecisions }, { today: TODAY });
}

export const decidedView = viewWith(DECISIONS);
