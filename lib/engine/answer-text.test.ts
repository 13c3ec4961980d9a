/** Answers in words: labels in the question's own option order, scale points with their label. */
import { describe, expect, it } from "vitest";
import type { AnswerValue } from "./answers";
import { answerLabels, answerText } from "./answer-text";
import { questionById } from "./test-fixtures/fixture-questionnaire";

describe("answerText", () => {
  it.each<[string, string, AnswerValue | undefined, string]>([
    ["single choice", "scope.goal", "cost", "Label for cost"],
    ["single choice, an id no longer offered", "scope.goal", "fame", "fame"],
    ["multiple choice, in the question's option order", "storage.kinds", ["queue", "database"], "Label for database; Label for queue"],
    ["multiple choice, unknown ids after known labels", "storage.kinds", ["tape", "cache"], "Label for cache; tape"],
    ["multiple choice, a single id given as text", "storage.kinds", "files", "Label for files"],
    ["scale, with its label", "scope.ops-capacity", 3, "3 — Some"],
    ["scale, first and last points", "scope.ops-capacity", 1, "1 — None"],
    ["scale, a point off the scale", "scope.ops-capacity", 9, "9"],
    ["scale, point zero", "scope.ops-capacity", 0, "0"],
    ["text, as typed", "scope.pilot", "payments | <b>", "payments | <b>"],
    ["text, a number", "scope.pilot", 42, "42"],
    // The words a reader sees, written out: the constant compared with itself could not fail.
    ["no answer", "scope.goal", undefined, "Not answered"],
    ["empty text", "scope.pilot", "   ", "Not answered"],
    ["no choices", "storage.kinds", [], "Not answered"],
  ])("%s", (_name, questionId, answer, expected) => {
    expect(answerText(questionById(questionId), answer)).toBe(expected);
  });
});

describe("answerLabels", () => {
  it.each<[string, string, AnswerValue | undefined, string[]]>([
    ["one label per choice", "security.compliance", ["gdpr", "pci"], ["Label for pci", "Label for gdpr"]],
    ["a repeated choice once", "security.compliance", ["pci", "pci"], ["Label for pci"]],
    ["nothing for no answer", "security.compliance", undefined, []],
    ["one entry for text", "security.exceptions", "a; b", ["a; b"]],
    ["one entry for a scale point", "security.isolation", 4, ["4 — Virtual machine"]],
  ])("%s", (_name, questionId, answer, expected) => {
    expect(answerLabels(questionById(questionId), answer)).toEqual(expected);
  });
});
