/** What a tracker item says about the risks it mitigates once the team has decided on them. */
import { describe, expect, it } from "vitest";
import { assess } from "../../assess/assess";
import type { Assessment, RiskDecision } from "../../assessment";
import { riskBasis } from "../../risk-basis";
import { fixtureQuestionnaire } from "../../test-fixtures/fixture-questionnaire";
import { exportDocument } from "../export-document";
import { actionsOf, hostileAssessment } from "./test-support";
import { describeAction } from "./tracker-plan";

const TODAY = "2026-03-01";

function settlingEvery(assessment: Assessment): Assessment {
  const decisions: Record<string, RiskDecision> = {};
  for (const risk of assess(fixtureQuestionnaire, assessment).risks) {
    decisions[risk.id] = { kind: "mitigated", reason: "A managed service covers it", decidedOn: TODAY, basis: riskBasis(risk) };
  }
  return { ...assessment, riskDecisions: decisions };
}

const facts = (action: ReturnType<typeof actionsOf>[number]) => describeAction(action).facts.map((fact) => fact.label);

describe("a tracker item's description", () => {
  const open = actionsOf(exportDocument(assess(fixtureQuestionnaire, hostileAssessment, { today: TODAY }), new Date(`${TODAY}T00:00:00Z`)));
  const settled = actionsOf(
    exportDocument(assess(fixtureQuestionnaire, settlingEvery(hostileAssessment), { today: TODAY }), new Date(`${TODAY}T00:00:00Z`)),
  );
  const mitigating = (actions: typeof open) => actions.filter((action) => action.mitigates.length > 0);

  it("names each risk with its band, and nothing about decisions while none is taken", () => {
    expect(mitigating(open).length).toBeGreaterThan(0);
    for (const action of mitigating(open)) {
      expect(describeAction(action).why.every((line) => !line.includes("settled"))).toBe(true);
      expect(facts(action)).not.toContain("Set aside");
    }
  });

  it("says which risks the team has settled, and that an action resting only on them is set aside", () => {
    const setAside = settled.filter((action) => action.setAside);
    expect(setAside.length).toBeGreaterThan(0);
    for (const action of mitigating(settled)) {
      const description = describeAction(action);
      expect(description.why.every((line) => line.includes("settled by the team's decision"))).toBe(true);
    }
    for (const action of setAside) {
      const fact = describeAction(action).facts.find((candidate) => candidate.label === "Set aside");
      expect(fact?.text).toContain("accepted or mitigated another way");
      expect(fact?.user).toBe(false);
    }
  });
});
