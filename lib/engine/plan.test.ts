/**
 * The adoption plan over the fixture: which actions are chosen, in what order, how urgent
 * each is, and the summary that adds the plan up.
 */
import { describe, expect, it } from "vitest";
import { buildPlan, type Plan, type PlannedAction, type Priority } from "./plan";
import type { Action, Questionnaire } from "./questionnaire";
import type { RaisedRisk } from "./risks";
import { bandOf, severityOf, type Level } from "./scoring";
import { brokenFixture, fixtureQuestionnaire } from "./test-fixtures/fixture-questionnaire";
import { must } from "./test-fixtures/must";

const fixture = fixtureQuestionnaire;

function raised(id: string, likelihood: Level, impact: Level): RaisedRisk {
  const severity = severityOf(likelihood, impact);
  const area = fixture.risks.find((risk) => risk.id === id)?.area ?? "elsewhere";
  return { id, area, likelihood, impact, severity, band: bandOf(severity), rule: 0, reason: "test", because: [] };
}

const all = (plan: Plan): PlannedAction[] => plan.phases.flatMap((phase) => phase.actions);
const ids = (plan: Plan): string[] => all(plan).map((action) => action.id);
const byPhase = (plan: Plan): Record<string, string[]> =>
  Object.fromEntries(plan.phases.map((phase) => [phase.phase, phase.actions.map((action) => action.id)]));
const planned = (plan: Plan, id: string): PlannedAction =>
  must(
    all(plan).find((action) => action.id === id),
    `"${id}" is not planned`,
  );
const priorities = (plan: Plan): Record<string, Priority> => Object.fromEntries(all(plan).map((action) => [action.id, action.priority]));

function testAction(id: string, phase: string, mitigates: string[], dependsOn: string[], extra: Partial<Action> = {}): Action {
  return { id, title: id, detail: id, phase, owner: "architecture", effort: "S", mitigates, dependsOn, ...extra };
}

function withActions(actions: Action[]): Questionnaire {
  return brokenFixture((draft) => {
    draft.actions = actions;
  });
}

describe("buildPlan: which actions are chosen", () => {
  it.each<[string, RaisedRisk[], Record<string, string[]>]>([
    ["no risks, no baseline: an empty plan with every phase", [], { decide: [], foundations: [], production: [] }],
    [
      "a risk brings its mitigations and, transitively, what they depend on",
      [raised("storage.data-loss", 4, 5)],
      { decide: ["pick-pilot"], foundations: ["managed-database", "backups"], production: ["restore-drill"] },
    ],
    [
      "a risk mitigated by one action late in a chain",
      [raised("security.weak-isolation", 2, 2)],
      { decide: ["pick-pilot"], foundations: ["image-scanning"], production: ["sandboxed-runtime"] },
    ],
    ["a risk whose action needs nothing", [raised("scope.tool-sprawl", 4, 3)], { decide: ["pick-pilot"], foundations: [], production: [] }],
    [
      "a raised risk that no action mitigates adds nothing",
      [raised("not.in-content", 5, 5)],
      { decide: [], foundations: [], production: [] },
    ],
  ])("%s", (_name, risks, expected) => {
    expect(byPhase(buildPlan(fixture, risks))).toEqual(expected);
  });

  it("plans every action once, numbered 1..n in plan order", () => {
    const plan = buildPlan(
      fixture,
      fixture.risks.map((risk) => raised(risk.id, 3, 3)),
    );
    expect(ids(plan)).toEqual(["pick-pilot", "managed-database", "backups", "image-scanning", "restore-drill", "sandboxed-runtime"]);
    expect(all(plan).map((action) => action.order)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("always plans baseline actions, and what they depend on, even with no risk raised", () => {
    const content = brokenFixture((draft) => {
      draft.actions.push(testAction("skills-matrix", "foundations", [], ["pick-pilot"], { baseline: true }));
    });
    const plan = buildPlan(content, []);
    expect(byPhase(plan)).toEqual({ decide: ["pick-pilot"], foundations: ["skills-matrix"], production: [] });
    expect(planned(plan, "skills-matrix")).toMatchObject({ baseline: true, priority: "baseline", mitigates: [] });
    expect(planned(plan, "pick-pilot")).toMatchObject({ baseline: false, priority: "baseline", neededBy: ["skills-matrix"] });
  });

  it("gives a baseline action that also mitigates a raised risk that risk's band", () => {
    const content = brokenFixture((draft) => {
      const pilot = must(draft.actions[0], "pick-pilot");
      pilot.baseline = true;
    });
    expect(planned(buildPlan(content, []), "pick-pilot").priority).toBe("baseline");
    expect(planned(buildPlan(content, [raised("scope.tool-sprawl", 4, 4)]), "pick-pilot").priority).toBe("critical");
  });
});

describe("buildPlan: priority", () => {
  it.each<[string, RaisedRisk[], Record<string, Priority>]>([
    [
      "the band of the worst mitigated risk, lifted along what needs it",
      [raised("storage.data-loss", 4, 5)],
      { "pick-pilot": "critical", "managed-database": "critical", backups: "critical", "restore-drill": "critical" },
    ],
    [
      "a high action needed by a critical one becomes critical",
      [raised("security.weak-isolation", 4, 4), raised("security.compliance-gap", 3, 4)],
      { "pick-pilot": "critical", "image-scanning": "critical", "sandboxed-runtime": "critical" },
    ],
    [
      "lifting never lowers: a critical dependency stays critical under a low dependent",
      [raised("security.weak-isolation", 1, 1), raised("security.compliance-gap", 5, 5)],
      { "pick-pilot": "critical", "image-scanning": "critical", "sandboxed-runtime": "low" },
    ],
    [
      "the worst of several mitigated risks wins",
      [raised("storage.data-loss", 1, 2), raised("storage.host-path", 3, 4)],
      { "pick-pilot": "high", "managed-database": "high", backups: "low", "restore-drill": "low" },
    ],
    [
      "an action only needed by others takes the most urgent of them",
      [raised("scope.tool-sprawl", 1, 1), raised("security.compliance-gap", 2, 3), raised("storage.host-path", 3, 3)],
      { "pick-pilot": "medium", "managed-database": "medium", "image-scanning": "medium" },
    ],
  ])("%s", (_name, risks, expected) => {
    expect(priorities(buildPlan(fixture, risks))).toEqual(expected);
  });

  it("lifts through a chain and a diamond, not just one step", () => {
    const content = withActions([
      testAction("root", "decide", [], []),
      testAction("left", "decide", ["storage.host-path"], ["root"]),
      testAction("right", "decide", [], ["root"]),
      testAction("top", "decide", ["storage.data-loss"], ["left", "right"]),
    ]);
    const plan = buildPlan(content, [raised("storage.data-loss", 5, 5), raised("storage.host-path", 1, 1)]);
    expect(priorities(plan)).toEqual({ root: "critical", left: "critical", right: "critical", top: "critical" });
  });

  it("lists the mitigated raised risks most severe first, and only raised ones", () => {
    const plan = buildPlan(fixture, [raised("storage.data-loss", 1, 2), raised("storage.host-path", 3, 3)]);
    expect(planned(plan, "managed-database").mitigates).toEqual([
      { id: "storage.host-path", band: "medium", severity: 9 },
      { id: "storage.data-loss", band: "low", severity: 2 },
    ]);
    expect(planned(plan, "pick-pilot").mitigates).toEqual([]);
  });
});

describe("buildPlan: order", () => {
  it("puts phases in content order and every action in its own phase", () => {
    const plan = buildPlan(
      fixture,
      fixture.risks.map((risk) => raised(risk.id, 2, 2)),
    );
    expect(plan.phases.map((phase) => phase.phase)).toEqual(["decide", "foundations", "production"]);
    for (const phase of plan.phases) for (const action of phase.actions) expect(action.phase).toBe(phase.phase);
  });

  it("orders a phase by priority, then content order", () => {
    const plan = buildPlan(fixture, [raised("storage.data-loss", 1, 2), raised("security.compliance-gap", 4, 4)]);
    expect(byPhase(plan).foundations).toEqual(["image-scanning", "managed-database", "backups"]);
  });

  it("never lets a dependency come after what needs it, whatever the content order", () => {
    const content = withActions([
      testAction("third", "decide", ["storage.data-loss"], ["second"]),
      testAction("second", "decide", ["storage.data-loss"], ["first"]),
      testAction("unrelated", "decide", ["storage.data-loss"], []),
      testAction("first", "decide", ["storage.data-loss"], []),
    ]);
    expect(ids(buildPlan(content, [raised("storage.data-loss", 2, 2)]))).toEqual(["unrelated", "first", "second", "third"]);
  });

  it("keeps content order among equals", () => {
    const content = withActions([
      testAction("b", "decide", ["storage.data-loss"], []),
      testAction("a", "decide", ["storage.data-loss"], []),
      testAction("c", "decide", ["storage.data-loss"], []),
    ]);
    expect(ids(buildPlan(content, [raised("storage.data-loss", 3, 3)]))).toEqual(["b", "a", "c"]);
  });

  it("records who needs each action, among planned actions only", () => {
    const plan = buildPlan(fixture, [raised("storage.data-loss", 3, 3)]);
    expect(planned(plan, "pick-pilot").neededBy).toEqual(["managed-database"]);
    expect(planned(plan, "managed-database").neededBy).toEqual(["backups"]);
    expect(planned(plan, "restore-drill")).toMatchObject({ neededBy: [], dependsOn: ["backups"] });
  });
});

describe("buildPlan: summary", () => {
  it("counts per phase, owner and effort, and sums person-days", () => {
    const plan = buildPlan(
      fixture,
      fixture.risks.map((risk) => raised(risk.id, 3, 3)),
    );
    expect(plan.summary).toEqual({
      total: 6,
      byPhase: { decide: 1, foundations: 3, production: 2 },
      byOwner: { architecture: 2, operations: 2, security: 2 },
      byEffort: { S: 2, M: 3, L: 1 },
      // 2 small, 3 medium and 1 large action, at 2, 8 and 25 person-days each.
      personDays: 2 * 2 + 3 * 8 + 25,
      // The same as ranges: small 1–3, medium 5–10, large 15–30 person-days.
      personDaysRange: { min: 2 * 1 + 3 * 5 + 15, max: 2 * 3 + 3 * 10 + 30 },
    });
  });

  it("lists every phase and role with zero when the plan is empty", () => {
    expect(buildPlan(fixture, []).summary).toEqual({
      total: 0,
      byPhase: { decide: 0, foundations: 0, production: 0 },
      byOwner: { architecture: 0, operations: 0, security: 0 },
      byEffort: { S: 0, M: 0, L: 0 },
      personDays: 0,
      personDaysRange: { min: 0, max: 0 },
    });
  });
});
