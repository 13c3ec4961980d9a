/** Unknown answers become "find out" tasks, addressed to whom to ask, at the head of the plan. */
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluation";
import { unknownFixture } from "./test-fixtures/unknown-fixture";

const tasks = (answers: Record<string, string | string[] | number>) =>
  evaluate(unknownFixture, answers).plan.phases.flatMap((phase) => phase.actions.filter((action) => action.discovery));

describe("discovery tasks", () => {
  it("turns each unknown answer into a task to find out, asking the question's role, else the area's, else the first role", () => {
    const found = tasks({ "storage.stateful": "unsure", "security.tenancy": "not-sure", "scope.sponsor": "nobody-yet" });
    expect(found.map((task) => [task.id, task.owner, task.discovery?.ask])).toEqual([
      ["find-out.scope.sponsor", "architecture", "architecture"],
      ["find-out.storage.stateful", "operations", "operations"],
      ["find-out.security.tenancy", "security", "security"],
    ]);
  });

  it("puts them first in the first phase, small, as urgent as the worst risk resting on the unknown", () => {
    const plan = evaluate(unknownFixture, { "storage.stateful": "unsure", "security.tenancy": "not-sure" }).plan;
    const [first] = plan.phases;
    expect(first?.actions.slice(0, 2).map((action) => [action.id, action.order, action.effort, action.priority])).toEqual([
      ["find-out.storage.stateful", 1, "S", "medium"],
      ["find-out.security.tenancy", 2, "S", "baseline"],
    ]);
    expect(first?.actions[0]?.discovery?.risks.map((risk) => risk.id)).toEqual(["storage.host-path"]);
    // What cannot be judged until it is known: the risks whose rules read the question.
    expect(first?.actions[1]?.discovery?.decides).toEqual(["security.weak-isolation"]);
    expect(plan.summary.total).toBe(plan.phases.flatMap((phase) => phase.actions).length);
  });

  it("counts a multiple choice as unknown only when every choice is, and ignores known and hidden answers", () => {
    expect(tasks({ "storage.stateful": "yes", "storage.kinds": ["not-sure"] }).map((task) => task.id)).toEqual(["find-out.storage.kinds"]);
    expect(tasks({ "storage.stateful": "yes", "storage.kinds": ["not-sure", "files"] })).toEqual([]);
    // storage.kinds is hidden unless the workload keeps state, so its unknown does not count.
    expect(tasks({ "storage.stateful": "no", "storage.kinds": ["not-sure"] })).toEqual([]);
  });
});
