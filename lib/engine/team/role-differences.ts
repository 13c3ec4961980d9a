/**
 * Where development and operations see the same system differently: the talk's point that
 * the people who build it and the people who run it each know half of the answers.
 */
import type { AnswerGroup, QuestionComparison, RoleDifference, TeamRole } from "./team-types";

export const SHARPEST_LIMIT = 3;

const groupsOf = (comparison: QuestionComparison, role: TeamRole): AnswerGroup[] =>
  comparison.groups.filter((group) => group.voices.some((voice) => voice.role === role));

/**
 * `order` is each question's place in the questionnaire. The spread is taken over the answers
 * the two roles gave, not the whole team's: a third role's critical answer does not make a
 * trivial Dev-vs-Ops difference sharp.
 */
export function sharpestDifferences(comparisons: readonly QuestionComparison[], order: ReadonlyMap<string, number>): RoleDifference[] {
  const found = comparisons.flatMap((comparison): RoleDifference[] => {
    const development = groupsOf(comparison, "development");
    const operations = groupsOf(comparison, "operations");
    if (development.length === 0 || operations.length === 0) return [];
    // The same answers on both sides (each side split the same way) is not a difference between them.
    if (development.length === operations.length && development.every((group) => operations.includes(group))) return [];
    const severities = [...development, ...operations].map((group) => group.severity);
    return [
      {
        question: comparison.question,
        prompt: comparison.prompt,
        development: development.map((group) => group.text).join(" / "),
        operations: operations.map((group) => group.text).join(" / "),
        spread: Math.max(...severities) - Math.min(...severities),
      },
    ];
  });
  const place = (id: string): number => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  found.sort((a, b) => b.spread - a.spread || place(a.question) - place(b.question));
  return found.slice(0, SHARPEST_LIMIT);
}
