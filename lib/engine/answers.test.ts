import { describe, expect, it } from "vitest";
import { isAnswered, MAX_TEXT_ANSWER_LENGTH, type AnswerValue, isUnknownAnswer } from "./answers";
import { answersSchema } from "./answers-schema";

describe("isAnswered", () => {
  it.each<[string, AnswerValue | undefined, boolean]>([
    ["undefined", undefined, false],
    ["''", "", false],
    ["whitespace", " \t ", false],
    ["[]", [], false],
    ["an option id", "a", true],
    ["a selection", ["a"], true],
    ["a scale point", 1, true],
    ["0", 0, true],
  ])("%s → %s", (_name, value, expected) => {
    expect(isAnswered(value)).toBe(expected);
  });
});

describe("answersSchema", () => {
  it.each<[string, unknown, boolean]>([
    ["every kind of value", { a: "x", b: ["x", "y"], c: 3, d: "" }, true],
    ["text at the limit", { a: "x".repeat(MAX_TEXT_ANSWER_LENGTH) }, true],
    ["text over the limit", { a: "x".repeat(MAX_TEXT_ANSWER_LENGTH + 1) }, false],
    ["a fractional number", { a: 1.5 }, false],
    ["a number over 100", { a: 101 }, false],
    ["a negative number", { a: -1 }, false],
    ["an object value", { a: { b: 1 } }, false],
    ["a list of numbers", { a: [1, 2] }, false],
  ])("%s", (_name, input, ok) => {
    expect(answersSchema.safeParse(input).success).toBe(ok);
  });
});

describe("isUnknownAnswer", () => {
  const question = { kind: "multi", options: [{ id: "a" }, { id: "b" }, { id: "not-sure", unknown: true as const }] };
  it.each([
    ["the unknown option", "not-sure", true],
    ["a known option", "a", false],
    ["only unknown choices", ["not-sure"], true],
    ["a known choice beside the unknown one", ["a", "not-sure"], false],
    ["no answer", undefined, false],
    ["an empty selection", [], false],
  ])("%s", (_label, value, expected) => {
    expect(isUnknownAnswer(question, value)).toBe(expected);
  });

  it("is false for a question without options", () => {
    expect(isUnknownAnswer({ kind: "scale" }, 3)).toBe(false);
  });
});
