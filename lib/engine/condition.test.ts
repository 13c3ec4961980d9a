import { describe, expect, it } from "vitest";
import { referencedQuestions, when, type Condition } from "./condition";
import { conditionSchema } from "./condition-schema";

describe("referencedQuestions", () => {
  it.each<[string, Condition, string[]]>([
    ["a leaf reads its question", when.equals("a", "x"), ["a"]],
    ["answered reads its question", when.answered("a"), ["a"]],
    ["includes reads its question", when.includes("m", "x"), ["m"]],
    ["in reads its question", when.in("s", [1, 2]), ["s"]],
    ["not reads what it negates", when.not(when.answered("a")), ["a"]],
    ["all in first-seen order", when.all(when.answered("b"), when.answered("a")), ["b", "a"]],
    ["a question read twice is listed once", when.any(when.equals("a", "x"), when.not(when.equals("a", "y"))), ["a"]],
    [
      "deep nesting, first-seen order kept",
      when.all(when.any(when.answered("c"), when.not(when.includes("a", "x"))), when.equals("b", 1), when.answered("c")),
      ["c", "a", "b"],
    ],
  ])("%s", (_name, condition, expected) => {
    expect(referencedQuestions(condition)).toEqual(expected);
  });
});

describe("when builders", () => {
  // What each builder means is evaluate-condition.test.ts's subject; here, that it is data.
  it.each<[string, Condition, string[]]>([
    ["all", when.all(when.answered("a"), when.answered("b")), ["a", "b"]],
    ["any", when.any(when.answered("a")), ["a"]],
    ["not", when.not(when.answered("a")), ["a"]],
    ["equals", when.equals("a", 2), ["a"]],
    ["in", when.in("a", ["x", "y"]), ["a"]],
    ["includes", when.includes("a", "x"), ["a"]],
    ["answered", when.answered("a"), ["a"]],
  ])("%s builds plain data the schema accepts and reads back unchanged", (_name, built, reads) => {
    expect(conditionSchema.parse(JSON.parse(JSON.stringify(built)))).toEqual(built);
    expect(referencedQuestions(built)).toEqual(reads);
  });
});
