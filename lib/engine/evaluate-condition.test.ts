import { describe, expect, it } from "vitest";
import type { Answers } from "./answers";
import { when, type Condition } from "./condition";
import { conditionHolds, evaluateCondition } from "./evaluate-condition";

/** One answer of every shape, plus the empty answers that count as no answer. */
const answers: Answers = {
  single: "a",
  multi: ["x", "y"],
  scale: 3,
  text: "We run Postgres",
  empty: "",
  blank: "   ",
  none: [],
  zero: 0,
};

type Case = [name: string, condition: Condition, matched: boolean, because: string[]];

const leafCases: Case[] = [
  // equals
  ["equals: the chosen option", when.equals("single", "a"), true, ["single"]],
  ["equals: another option", when.equals("single", "b"), false, ["single"]],
  ["equals: a scale point as a number", when.equals("scale", 3), true, ["scale"]],
  ["equals: a different scale point", when.equals("scale", 4), false, ["scale"]],
  ["equals: a scale point never equals its string", when.equals("scale", "3"), false, ["scale"]],
  ["equals: a list never equals one of its items", when.equals("multi", "x"), false, ["multi"]],
  ["equals: an unanswered question", when.equals("missing", "a"), false, ["missing"]],
  ["equals: '' is no answer, so it equals not even ''", when.equals("empty", ""), false, ["empty"]],
  ["equals: whitespace is no answer", when.equals("blank", "   "), false, ["blank"]],
  // in
  ["in: the chosen option is listed", when.in("single", ["b", "a"]), true, ["single"]],
  ["in: the chosen option is not listed", when.in("single", ["b", "c"]), false, ["single"]],
  ["in: a scale point in the range", when.in("scale", [2, 3]), true, ["scale"]],
  ["in: a scale point outside the range", when.in("scale", [4, 5]), false, ["scale"]],
  ["in: a list is in nothing", when.in("multi", ["x", "y"]), false, ["multi"]],
  ["in: an unanswered question is in nothing", when.in("missing", ["a"]), false, ["missing"]],
  ["in: '' is in nothing, not even ['']", when.in("empty", [""]), false, ["empty"]],
  // includes
  ["includes: a selected option", when.includes("multi", "y"), true, ["multi"]],
  ["includes: an option not selected", when.includes("multi", "z"), false, ["multi"]],
  ["includes: an empty selection includes nothing", when.includes("none", "x"), false, ["none"]],
  ["includes: a single answer is not a selection", when.includes("single", "a"), false, ["single"]],
  ["includes: an unanswered question includes nothing", when.includes("missing", "x"), false, ["missing"]],
  // answered
  ["answered: an option", when.answered("single"), true, ["single"]],
  ["answered: a selection", when.answered("multi"), true, ["multi"]],
  ["answered: a scale point", when.answered("scale"), true, ["scale"]],
  ["answered: the number 0 is a value", when.answered("zero"), true, ["zero"]],
  ["answered: text", when.answered("text"), true, ["text"]],
  ["answered: '' is not an answer", when.answered("empty"), false, ["empty"]],
  ["answered: whitespace is not an answer", when.answered("blank"), false, ["blank"]],
  ["answered: [] is not an answer", when.answered("none"), false, ["none"]],
  ["answered: a missing question", when.answered("missing"), false, ["missing"]],
];

const combinedCases: Case[] = [
  // not: flips the result and keeps the explanation
  ["not: over an unanswered question holds", when.not(when.equals("missing", "a")), true, ["missing"]],
  ["not: over an empty answer holds", when.not(when.answered("empty")), true, ["empty"]],
  ["not: over a true leaf fails", when.not(when.equals("single", "a")), false, ["single"]],
  ["not: twice is the leaf again", when.not(when.not(when.includes("multi", "x"))), true, ["multi"]],
  ["not: over an empty selection", when.not(when.includes("none", "x")), true, ["none"]],
  // all: true because of every child; false because of the children that failed
  ["all: every child holds", when.all(when.equals("single", "a"), when.includes("multi", "x")), true, ["single", "multi"]],
  ["all: one child fails", when.all(when.equals("single", "a"), when.includes("multi", "z")), false, ["multi"]],
  ["all: every child fails", when.all(when.equals("single", "b"), when.equals("scale", 1)), false, ["single", "scale"]],
  ["all: a question read twice is named once", when.all(when.answered("single"), when.equals("single", "a")), true, ["single"]],
  // any: true because of the children that held; false because of every child
  ["any: one child holds", when.any(when.equals("single", "b"), when.equals("scale", 3)), true, ["scale"]],
  ["any: both children hold", when.any(when.equals("single", "a"), when.equals("scale", 3)), true, ["single", "scale"]],
  ["any: no child holds", when.any(when.equals("single", "b"), when.answered("empty")), false, ["single", "empty"]],
  // nesting
  [
    "nested: all(any(...), not(...))",
    when.all(when.any(when.equals("single", "z"), when.in("scale", [3])), when.not(when.answered("missing"))),
    true,
    ["scale", "missing"],
  ],
  ["nested: a failing not names what it negated", when.all(when.answered("text"), when.not(when.includes("multi", "x"))), false, ["multi"]],
];

describe("evaluateCondition", () => {
  describe.each([
    ["leaf operators", leafCases],
    ["all / any / not", combinedCases],
  ])("%s", (_group, cases) => {
    it.each(cases)("%s", (_name, condition, matched, because) => {
      expect(evaluateCondition(condition, answers)).toEqual({ matched, because });
    });
  });

  it("reads nothing but the answers it is given", () => {
    const condition = when.equals("single", "a");
    expect(evaluateCondition(condition, {}).matched).toBe(false);
    expect(evaluateCondition(condition, { single: "a" }).matched).toBe(true);
  });
});

describe("conditionHolds", () => {
  it.each<[string, Condition | undefined, boolean]>([
    ["no condition always holds", undefined, true],
    ["a true condition holds", when.equals("single", "a"), true],
    ["a false condition does not", when.equals("single", "b"), false],
  ])("%s", (_name, condition, expected) => {
    expect(conditionHolds(condition, answers)).toBe(expected);
  });
});
