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
  it.each<[string, Condition, Condition]>([
    ["all", when.all(when.answered("a")), { op: "all", conditions: [{ op: "answered", question: "a" }] }],
    ["any", when.any(when.answered("a")), { op: "any", conditions: [{ op: "answered", question: "a" }] }],
    ["not", when.not(when.answered("a")), { op: "not", condition: { op: "answered", question: "a" } }],
    ["equals", when.equals("a", 2), { op: "equals", question: "a", value: 2 }],
    ["in", when.in("a", ["x", "y"]), { op: "in", question: "a", values: ["x", "y"] }],
    ["includes", when.includes("a", "x"), { op: "includes", question: "a", option: "x" }],
    ["answered", when.answered("a"), { op: "answered", question: "a" }],
  ])("%s builds plain data the schema accepts", (_name, built, expected) => {
    expect(built).toEqual(expected);
    expect(JSON.parse(JSON.stringify(built))).toEqual(expected);
    expect(conditionSchema.safeParse(built).success).toBe(true);
  });
});

describe("conditionSchema rejects malformed conditions", () => {
  it.each<[string, unknown]>([
    ["an empty all", { op: "all", conditions: [] }],
    ["an empty any", { op: "any", conditions: [] }],
    ["an empty in", { op: "in", question: "a", values: [] }],
    ["an unknown operator", { op: "matches", question: "a", value: ".*" }],
    ["an extra key", { op: "answered", question: "a", extra: true }],
    ["an empty question id", { op: "answered", question: "" }],
    ["an empty string value", { op: "equals", question: "a", value: "" }],
    ["a fractional value", { op: "equals", question: "a", value: 1.5 }],
    ["a nested mistake", { op: "not", condition: { op: "all", conditions: [{ op: "answered" }] } }],
    ["a function instead of data", { op: "answered", question: () => "a" }],
  ])("%s", (_name, input) => {
    expect(conditionSchema.safeParse(input).success).toBe(false);
  });
});
