/**
 * Accepted risks and risks mitigated another way: they stay visible (in their own list and,
 * marked, in the matrix), leave the plan's priorities, and come back when their review
 * date passes or the answers that raise them change.
 */
import { describe, expect, it } from "vitest";
import type { Assessment, RiskDecision } from "../assessment";
import { riskBasis } from "../risk-basis";
import { assessmentOf, unknownFixture } from "../test-fixtures/unknown-fixture";
import { assess } from "./assess";

const RISKY = {
  "scope.goal": "portability",
  "scope.ops-capacity": 1,
  "storage.stateful": "yes",
  "storage.kinds": ["database"],
  "storage.backup": "none",
};
const base = assessmentOf(RISKY);
const before = assess(unknownFixture, base);
const worst = before.risks[0];
if (!worst) throw new Error("Test setup: the risky answers raise no risk");

function accepting(assessment: Assessment, id: string, extra: Partial<RiskDecision> = {}): Assessment {
  const raised = assess(unknownFixture, assessment).risks.find((risk) => risk.id === id);
  if (!raised) throw new Error(`Test setup: ${id} is not raised`);
  const decision: RiskDecision = {
    kind: "accepted",
    reason: "Nightly exports cover us",
    by: "Ana Silva",
    reviewOn: "2027-03-01",
    decidedOn: "2026-12-01",
    basis: riskBasis(raised),
    ...extra,
  };
  return { ...assessment, riskDecisions: { ...assessment.riskDecisions, [id]: decision } };
}

describe("a risk decision in force", () => {
  const accepted = accepting(base, worst.id);
  const view = assess(unknownFixture, accepted, { today: "2026-12-01" });

  it("keeps the risk visible, in its own list, with who accepted it and until when", () => {
    expect(view.risks.map((risk) => risk.id)).toEqual(before.risks.map((risk) => risk.id));
    expect(view.settledRisks.map((risk) => risk.id)).toEqual([worst.id]);
    expect(view.openRisks.map((risk) => risk.id)).not.toContain(worst.id);
    expect(view.settledRisks[0]?.decision).toMatchObject({
      kindLabel: "Accepted",
      inForce: true,
      review: [],
      summary: "Accepted by Ana Silva on 2026-12-01; review by 2027-03-01.",
    });
    expect(view.reviewDue).toEqual([]);
    expect(view.summary.topRisks.map((risk) => risk.id)).not.toContain(worst.id);
  });

  it("marks it in the matrix rather than hiding it", () => {
    const cells = view.matrix.flatMap((row) => row.cells);
    const cell = cells.find((c) => c.risks.some((risk) => risk.id === worst.id));
    expect(cell?.risks.find((risk) => risk.id === worst.id)?.settled).toBe(true);
    expect(cell?.settledCount).toBe(1);
    expect(cells.reduce((sum, c) => sum + c.risks.length, 0)).toBe(before.risks.length);
  });

  it("drops out of the plan's priorities: an action mitigating only settled risks is set aside, not a place to start", () => {
    const actions = view.plan.phases.flatMap((phase) => phase.actions);
    const onlyThis = actions.filter((action) => action.mitigates.length > 0 && action.mitigates.every((m) => m.id === worst.id));
    expect(onlyThis.length).toBeGreaterThan(0);
    for (const action of onlyThis) {
      expect(action.mitigates[0]?.settled).toBe(true);
      if (action.setAside) expect(action.priorityLabel).toBe("Set aside");
    }
    const setAside = actions.filter((action) => action.setAside).map((action) => action.id);
    expect(setAside.length).toBeGreaterThan(0);
    expect(view.plan.startHere.map((item) => item.id).some((id) => setAside.includes(id))).toBe(false);
    // Nothing leaves the plan: the same actions, only their urgency changes.
    expect(actions.map((action) => action.id).sort()).toEqual(
      before.plan.phases
        .flatMap((phase) => phase.actions)
        .map((action) => action.id)
        .sort(),
    );
  });

  it("mitigated another way settles the risk the same way, with how", () => {
    const mitigated = accepting(base, worst.id, {
      kind: "mitigated",
      reason: "The vendor's managed backups",
      by: undefined,
      reviewOn: undefined,
    });
    const other = assess(unknownFixture, mitigated, { today: "2030-01-01" });
    expect(other.settledRisks[0]?.decision).toMatchObject({
      kindLabel: "Mitigated another way",
      summary: "Mitigated another way on 2026-12-01.",
    });
  });
});

describe("a risk decision that no longer applies", () => {
  it("is due for review once its review date has passed, and the risk is back among those to deal with", () => {
    const view = assess(unknownFixture, accepting(base, worst.id, { reviewOn: "2026-11-30" }), { today: "2026-12-01" });
    expect(view.settledRisks).toEqual([]);
    expect(view.openRisks.map((risk) => risk.id)).toContain(worst.id);
    expect(view.reviewDue.map((risk) => risk.id)).toEqual([worst.id]);
    expect(view.reviewDue[0]?.decision?.reviewText).toBe(
      "Review due: its review date (2026-11-30) has passed. Until the team decides again, it counts as a risk to deal with.",
    );
    // On the review day itself it still holds.
    expect(assess(unknownFixture, accepting(base, worst.id, { reviewOn: "2026-12-01" }), { today: "2026-12-01" }).reviewDue).toEqual([]);
  });

  it("is due for review when the answers behind the risk change, even if the risk is still raised", () => {
    const accepted = accepting(base, worst.id);
    const changedQuestion = worst.because[0]?.question;
    if (!changedQuestion) throw new Error("Test setup: the risk rests on no answer");
    // Another answer that still raises it: try each answer to the question the risk rests on.
    const candidates = [...new Set(before.risks.flatMap((risk) => risk.because.map((reason) => reason.question)))];
    const changed = candidates
      .flatMap((question) =>
        unknownFixture.questions
          .filter((q) => q.id === question && (q.kind === "single" || q.kind === "multi"))
          .flatMap((q) =>
            "options" in q ? q.options.map((option) => ({ question, value: q.kind === "multi" ? [option.id] : option.id })) : [],
          ),
      )
      .map(({ question, value }) => ({ ...accepted, answers: { ...accepted.answers, [question]: value } }))
      .map((assessment) => assess(unknownFixture, assessment, { today: "2026-12-01" }))
      .find((view) => view.risks.some((risk) => risk.id === worst.id && riskBasis(risk) !== riskBasis(worst)));
    expect(changed, "some other answer raises the same risk for another reason").toBeDefined();
    expect(changed?.reviewDue.map((risk) => risk.id)).toEqual([worst.id]);
    expect(changed?.reviewDue[0]?.decision?.review).toEqual(["answers-changed"]);
    expect(changed?.reviewDue[0]?.decision?.reviewText).toMatch(/the answers that raise it have changed since 2026-12-01/);
  });

  it("is kept for the record when the answers no longer raise the risk", () => {
    const accepted = accepting(base, worst.id);
    const view = assess(unknownFixture, { ...accepted, answers: {} });
    expect(view.risks).toEqual([]);
    expect(view.lapsedDecisions).toEqual([
      expect.objectContaining({ id: worst.id, title: worst.title, decision: expect.objectContaining({ inForce: false }) }),
    ]);
  });

  it("never judges review dates without today's date, but always judges the answers", () => {
    const view = assess(unknownFixture, accepting(base, worst.id, { reviewOn: "2000-01-01" }));
    expect(view.settledRisks.map((risk) => risk.id)).toEqual([worst.id]);
  });
});
