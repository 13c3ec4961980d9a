/** "Start here": at most seven open actions that wait on nothing, most urgent and earliest first, each with why now. */
import { describe, expect, it } from "vitest";
import type { Action } from "../questionnaire";
import { brokenFixture } from "../test-fixtures/fixture-questionnaire";
import { assessmentOf, unknownFixture } from "../test-fixtures/unknown-fixture";
import { assess } from "./assess";
import { START_HERE_LIMIT } from "./start-here";

const RISKY = { "scope.goal": "portability", "scope.ops-capacity": 1, "storage.stateful": "yes", "storage.kinds": ["database"] };

describe("start here", () => {
  it("lists open actions whose dependencies are settled, highest priority first, and says why now", () => {
    const view = assess(unknownFixture, assessmentOf({ ...RISKY, "storage.backup": "none" }));
    // managed-database and backups wait on pick-pilot, so only pick-pilot can start.
    expect(view.plan.startHere.map((item) => [item.id, item.priorityLabel, item.effortRange])).toEqual([
      ["pick-pilot", "Critical", "1–3 days"],
    ]);
    expect(view.plan.startHere[0]?.whyNow).toBe(
      "Everything else needs it first: 1 action waits on it, starting with “Title of managed-database”.",
    );
  });

  it("moves on as decisions settle what an action waits on", () => {
    const view = assess(unknownFixture, assessmentOf({ ...RISKY, "storage.backup": "none" }, { "pick-pilot": { status: "done" } }));
    expect(view.plan.startHere.map((item) => item.id)).toEqual(["managed-database"]);
    expect(view.plan.startHere[0]?.whyNow).toBe("Mitigates “Data is lost with the container”, a critical risk.");
  });

  it("leads with find-out tasks that block decisions, not with ones no risk waits on", () => {
    const view = assess(
      unknownFixture,
      assessmentOf({ "storage.stateful": "unsure", "security.tenancy": "not-sure", "scope.sponsor": "nobody-yet" }),
    );
    const plan = view.plan.phases.flatMap((phase) => phase.actions).map((action) => action.id);
    expect(plan).toContain("find-out.scope.sponsor");
    expect(view.plan.startHere.map((item) => [item.id, item.discovery])).toEqual([
      ["find-out.storage.stateful", true],
      ["pick-pilot", false],
      ["find-out.security.tenancy", true],
    ]);
    expect(view.plan.startHere.map((item) => item.whyNow)).toEqual([
      "“State tied to one host” (Medium) rests on this unknown: finding out settles whether it stays.",
      "Everything else needs it first: 1 action waits on it, starting with “Title of managed-database”.",
      "1 risk cannot be judged until this answer is known.",
    ]);
    expect(view.plan.startHere[0]?.title).toBe("Find out: Does the first workload keep state? — ask: Operations");
  });

  it("never lists more than seven, preferring the earliest phase among equals", () => {
    const extra: Action[] = Array.from({ length: 10 }, (_, i) => ({
      id: `baseline-${i}`,
      title: `Baseline ${i}`,
      detail: "Every adoption needs it.",
      phase: i % 2 === 0 ? "production" : "decide",
      owner: "operations",
      effort: "M",
      mitigates: [],
      dependsOn: [],
      baseline: true,
    }));
    const many = brokenFixture((draft) => {
      draft.actions.push(...extra);
    });
    const view = assess(many, assessmentOf({}));
    expect(view.plan.startHere).toHaveLength(START_HERE_LIMIT);
    expect(view.plan.startHere.map((item) => item.id)).toEqual([
      "baseline-1",
      "baseline-3",
      "baseline-5",
      "baseline-7",
      "baseline-9",
      "baseline-0",
      "baseline-2",
    ]);
    expect(view.plan.startHere[0]?.whyNow).toBe("Every container adoption needs it, and it needs nothing first.");
  });
});

describe("effort as a range", () => {
  it("gives each action its range and the plan a total range", () => {
    const view = assess(unknownFixture, assessmentOf({ ...RISKY, "storage.backup": "none" }));
    const actions = view.plan.phases.flatMap((phase) => phase.actions);
    expect(actions.map((action) => [action.effort, action.effortRange])).toContainEqual(["M", "1–2 weeks"]);
    const { min, max } = view.plan.summary.personDaysRange;
    expect(min).toBeLessThan(max);
    expect(view.plan.personDaysLabel).toBe(`${min}–${max} person-days`);
  });
});

describe("known share per area", () => {
  it("is the share of answered questions whose answer is not unknown, or null when nothing is answered", () => {
    const view = assess(
      unknownFixture,
      assessmentOf({ "scope.goal": "speed", "scope.sponsor": "nobody-yet", "storage.stateful": "unsure" }),
    );
    expect(view.areas.map((area) => [area.id, area.knownShare, area.knownLabel])).toEqual([
      ["scope", 50, "50% known (1 of 2 answers)"],
      ["storage", 0, "0% known (0 of 1 answers)"],
      ["security", null, "Nothing answered yet"],
    ]);
  });
});
