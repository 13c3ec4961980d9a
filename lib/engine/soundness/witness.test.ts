import { describe, expect, it } from "vitest";
import type { Answers } from "../answers";
import { when, type Condition } from "../condition";
import { evaluateCondition } from "../evaluate-condition";
import { fixtureQuestionnaire } from "../test-fixtures/fixture-questionnaire";
import { resolveVisibility } from "../visibility";
import { findWitness, type WitnessGoal } from "./witness";

const { questions } = fixtureQuestionnaire;

/** What the content check confirms: the goal holds on the answers that count. */
function holds(goal: WitnessGoal, answers: Answers): boolean {
  const { visible, effective } = resolveVisibility(fixtureQuestionnaire, answers);
  return goal.op === "visible" ? visible.includes(goal.question) : evaluateCondition(goal, effective).matched;
}

const find = (goal: WitnessGoal, confirm = (answers: Answers) => holds(goal, answers)) => findWitness(questions, goal, confirm);

describe("findWitness finds the smallest obvious answers", () => {
  it.each<[string, WitnessGoal, Answers]>([
    ["an unconditional question needs nothing", { op: "visible", question: "scope.goal" }, {}],
    [
      "a third-level follow-up needs its parents answered",
      { op: "visible", question: "storage.restore-drill" },
      { "storage.stateful": "yes", "storage.kinds": ["database"] },
    ],
    ["a scale point", when.equals("scope.ops-capacity", 4), { "scope.ops-capacity": 4 }],
    ["the first of `in`'s values", when.in("security.tenancy", ["multi-tenant", "multi-team"]), { "security.tenancy": "multi-tenant" }],
    [
      "two includes on one question build one selection",
      when.all(when.includes("storage.kinds", "database"), when.includes("storage.kinds", "cache")),
      { "storage.stateful": "yes", "storage.kinds": ["database", "cache"] },
    ],
    ["`not equals` holds on no answer at all", when.not(when.equals("storage.stateful", "yes")), {}],
    [
      "`not equals` with an answer required picks another option",
      when.all(when.answered("storage.stateful"), when.not(when.equals("storage.stateful", "yes"))),
      { "storage.stateful": "no" },
    ],
    [
      "`not includes` with an answer required picks another option",
      when.all(when.answered("security.compliance"), when.not(when.includes("security.compliance", "pci"))),
      { "security.tenancy": "multi-team", "security.compliance": ["hipaa"] },
    ],
    [
      "`not all` is satisfied through one failing branch",
      when.not(when.all(when.answered("scope.goal"), when.answered("scope.pilot"))),
      {},
    ],
    ["a text question is answered with some text", when.answered("scope.pilot"), { "scope.pilot": "An example answer" }],
  ])("%s", (_name, goal, expected) => {
    const witness = find(goal);
    expect(witness).toEqual(expected);
    expect(holds(goal, expected)).toBe(true);
  });
});

describe("findWitness proves what the engine confirms, and nothing else", () => {
  it.each<[string, Condition]>([
    ["a contradiction on one question", when.all(when.equals("scope.goal", "cost"), when.equals("scope.goal", "speed"))],
    ["answered and not answered", when.all(when.answered("scope.pilot"), when.not(when.answered("scope.pilot")))],
    ["a follow-up's answer without its parent", when.all(when.equals("storage.stateful", "no"), when.includes("storage.kinds", "files"))],
    ["an unknown question", when.equals("storage.volumes", "yes")],
    [
      "not answered on a question that must be shown and answered",
      when.all(when.equals("storage.backup", "none"), when.not(when.answered("storage.backup"))),
    ],
  ])("finds none for %s", (_name, goal) => {
    expect(find(goal)).toBeUndefined();
  });

  it("finds none for a question that does not exist", () => {
    expect(find({ op: "visible", question: "storage.volumes" })).toBeUndefined();
  });

  it("backtracks over candidates the confirmation rejects", () => {
    const witness = find(when.answered("storage.stateful"), (answers) => answers["storage.stateful"] === "unsure");
    expect(witness).toEqual({ "storage.stateful": "unsure" });
  });

  it("gives up within its budget when nothing is ever confirmed", () => {
    const everything = when.all(...questions.map((question) => when.answered(question.id)));
    let calls = 0;
    const started = Date.now();
    const witness = find(everything, () => {
      calls += 1;
      return false;
    });
    expect(witness).toBeUndefined();
    expect(calls).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
