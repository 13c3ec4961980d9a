/**
 * Shared assertions for deliberately broken fixtures: the check must fail, name exactly
 * the offending ids (in the order the check reports them) and say what is wrong in words.
 */
import { expect } from "vitest";
import type { Option, Question, Questionnaire } from "../questionnaire";
import type { ContentReport } from "../soundness/check-content";
import { checkContent } from "../soundness/check-content";

export type ExpectedProblem = [id: string, problem: RegExp];
export type BrokenCase = [name: string, mutate: (draft: Questionnaire) => void, expected: ExpectedProblem[]];

export function expectProblems(report: ContentReport, expected: readonly ExpectedProblem[]): void {
  expect(report.ok).toBe(false);
  expect(report.problems.map((problem) => problem.id)).toEqual(expected.map(([id]) => id));
  expected.forEach(([, pattern], index) => {
    const problem = report.problems[index]?.problem ?? "";
    expect(problem).toMatch(pattern);
    // Plain words: no leaked placeholders or serialised objects.
    expect(problem).not.toMatch(/undefined|\[object|NaN/);
  });
}

export function checkBroken(broken: Questionnaire, expected: readonly ExpectedProblem[]): ContentReport {
  const report = checkContent(broken);
  expectProblems(report, expected);
  return report;
}

/** The options of a choice question, so a broken variant can add or rename one. */
export function optionsOf(question: Question): Option[] {
  if (question.kind !== "single" && question.kind !== "multi") throw new Error(`Test setup: "${question.id}" has no options`);
  return question.options;
}
