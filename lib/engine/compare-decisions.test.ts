/** Compare lists the risk decisions that differ between two assessments, each side in words. */
import { describe, expect, it } from "vitest";
import { compareAssessments } from "./compare-assessments";
import { unknownFixture } from "./test-fixtures/unknown-fixture";
import type { RiskDecision } from "./assessment";

const [risk, other] = unknownFixture.risks.map((r) => r);
if (!risk || !other) throw new Error("Test setup: the fixture has fewer than two risks");

const ACCEPTED: RiskDecision = {
  kind: "accepted",
  reason: "Internal only",
  by: "Ana",
  reviewOn: "2027-03-01",
  decidedOn: "2026-12-01",
  basis: "0a1b2c3d",
};

describe("comparing risk decisions", () => {
  it("shows a decision taken, one changed and one taken back; identical ones not at all", () => {
    const before = {
      answers: {},
      riskDecisions: { [other.id]: { kind: "mitigated" as const, reason: "Vendor", decidedOn: "2026-11-01", basis: "x" } },
    };
    const after = { answers: {}, riskDecisions: { [risk.id]: ACCEPTED } };
    const view = compareAssessments(unknownFixture, before, after);
    expect(view.decisions).toEqual(
      [
        {
          id: risk.id,
          title: risk.title,
          before: "No decision",
          after: "Accepted by Ana on 2026-12-01; review by 2027-03-01. Internal only",
        },
        { id: other.id, title: other.title, before: "Mitigated another way on 2026-11-01. Vendor", after: "No decision" },
      ].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    expect(compareAssessments(unknownFixture, after, after).decisions).toEqual([]);
    expect(compareAssessments(unknownFixture, { answers: {} }, { answers: {} }).decisions).toEqual([]);
  });
});
