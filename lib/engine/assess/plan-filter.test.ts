import { describe, expect, it } from "vitest";
import { fixtureQuestionnaire } from "../test-fixtures/fixture-questionnaire";
import { assess } from "./assess";
import { filterPlan } from "./plan-filter";

const stamp = "2026-11-20T09:30:00.000Z";
const view = assess(fixtureQuestionnaire, {
  id: "a",
  name: "A",
  createdAt: stamp,
  updatedAt: stamp,
  contentVersion: fixtureQuestionnaire.version,
  answers: { "storage.stateful": "yes", "storage.kinds": ["database"], "storage.backup": "none" },
  decisions: {},
});
const all = view.plan.phases.flatMap((phase) => phase.actions);

describe("filterPlan", () => {
  it("has a plan to filter (the fixture's answers raise risks in more than one phase)", () => {
    expect(all.length).toBeGreaterThan(1);
    expect(new Set(all.map((action) => action.owner)).size).toBeGreaterThan(1);
  });

  it("keeps everything without a filter", () => {
    const result = filterPlan(view.plan, {});
    expect(result).toMatchObject({ shown: all.length, total: view.plan.summary.total, filtered: false });
    expect(result.phases.map((phase) => phase.id)).toEqual(view.plan.phases.map((phase) => phase.id));
  });

  it("keeps one owner's actions in every phase, and one phase's actions", () => {
    const owner = all[0]?.owner ?? "";
    const byOwner = filterPlan(view.plan, { owner });
    expect(byOwner.phases.flatMap((phase) => phase.actions).every((action) => action.owner === owner)).toBe(true);
    expect(byOwner.shown).toBe(all.filter((action) => action.owner === owner).length);
    expect(byOwner.filtered).toBe(true);

    const phase = view.plan.phases[0]?.id ?? "";
    const byPhase = filterPlan(view.plan, { phase });
    expect(byPhase.phases.map((p) => p.id)).toEqual([phase]);
  });
});
