import { describe, expect, it } from "vitest";
import type { AnswerValue } from "../answers";
import { evaluateCondition } from "../evaluate-condition";
import type { Question } from "../questionnaire";
import { evaluateRisk } from "../risks";
import { fixtureQuestionnaire, questionById } from "../test-fixtures/fixture-questionnaire";
import { must } from "../test-fixtures/must";
import { resolveVisibility } from "../visibility";
import { checkContent, formatProblems } from "./check-content";

const report = checkContent(fixtureQuestionnaire);

/** What each witness id must prove: a question shown, or one rule of a risk raised. */
type Claim = { kind: "question"; question: string } | { kind: "rule"; risk: string; rule: number };

const claims = new Map<string, Claim>([
  ...fixtureQuestionnaire.questions.map((q): [string, Claim] => [q.id, { kind: "question", question: q.id }]),
  ...fixtureQuestionnaire.risks.flatMap((risk) =>
    risk.rules.map((_, index): [string, Claim] => [
      risk.rules.length === 1 ? risk.id : `${risk.id} (rule ${index + 1})`,
      { kind: "rule", risk: risk.id, rule: index },
    ]),
  ),
]);

function isValidFor(question: Question, value: AnswerValue): boolean {
  switch (question.kind) {
    case "single":
      return typeof value === "string" && question.options.some((option) => option.id === value);
    case "multi":
      return Array.isArray(value) && value.every((id) => question.options.some((option) => option.id === id));
    case "scale":
      return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= question.scale.length;
    case "text":
      return typeof value === "string" && value.length <= question.maxLength;
  }
}

describe("checkContent on the clean fixture", () => {
  it("passes with no problems", () => {
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it("has exactly one witness per question and per risk rule, in content order", () => {
    expect(report.witnesses.map((witness) => witness.id)).toEqual([...claims.keys()]);
  });

  it("gives the same report every time, for content read as plain JSON too", () => {
    expect(checkContent(JSON.parse(JSON.stringify(fixtureQuestionnaire)))).toEqual(report);
  });
});

describe.each(report.witnesses.map((witness) => [witness.id, witness] as const))("the witness for %s", (id, witness) => {
  const claim = must(claims.get(id), `a claim for witness "${id}"`);
  const { visible, effective } = resolveVisibility(fixtureQuestionnaire, witness.answers);

  it("proves its claim when fed back through the engine", () => {
    if (claim.kind === "question") {
      expect(visible).toContain(claim.question);
      return;
    }
    const risk = must(
      fixtureQuestionnaire.risks.find((candidate) => candidate.id === claim.risk),
      `risk "${claim.risk}"`,
    );
    const rule = must(risk.rules[claim.rule], `rule ${claim.rule} of ${claim.risk}`);
    expect(evaluateCondition(rule.when, effective).matched).toBe(true);
    // The rule matching raises its risk, at least as severely as that rule says.
    const raised = evaluateRisk(risk, effective);
    expect(raised?.severity ?? 0).toBeGreaterThanOrEqual(rule.likelihood * rule.impact);
  });

  it("is an answer set a person could give: valid values, every one of them counted", () => {
    for (const [questionId, value] of Object.entries(witness.answers)) {
      expect(isValidFor(questionById(questionId), value)).toBe(true);
    }
    expect(effective).toEqual(witness.answers);
  });
});

describe("checkContent on input that is not content", () => {
  it.each<[string, unknown, string]>([
    ["nothing", undefined, "(content)"],
    ["a string", "questions", "(content)"],
    ["an empty object", {}, "version"],
  ])("%s fails on the schema without searching", (_name, input, firstId) => {
    const result = checkContent(input);
    expect(result.ok).toBe(false);
    expect(result.witnesses).toEqual([]);
    expect(result.problems[0]?.id).toBe(firstId);
    expect(result.problems[0]?.problem).toMatch(/\w/);
  });
});

describe("formatProblems", () => {
  it.each<[string, { id: string; problem: string }[], string]>([
    ["no problems", [], ""],
    ["one problem", [{ id: "a", problem: "It is wrong." }], "- a: It is wrong."],
    [
      "several problems, one per line, in order",
      [
        { id: "b", problem: "First." },
        { id: "a", problem: "Second." },
      ],
      "- b: First.\n- a: Second.",
    ],
  ])("%s", (_name, problems, expected) => {
    expect(formatProblems(problems)).toBe(expected);
  });
});
