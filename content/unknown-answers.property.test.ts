/**
 * Scoring that holds up, over random answer sets on the real content:
 *   1. the matrix shows the rule that counts: of all the rules of a risk that match, the one
 *      shown (the most severe) is at least as likely AND at least as harmful as each of the
 *      others, so a worse answer that adds a matching rule can never move a risk down;
 *   2. an unknown never scores better than a known answer: replacing any one answer by an
 *      unknown option of its question ("not sure", "not decided yet", "nobody named") never
 *      lowers the likelihood, impact or severity of a raised risk, and never removes one.
 * The witness-based checks in content-soundness.test.ts prove the same for chosen answer
 * sets; these search the space the chosen ones miss (combinations, and every kind of unknown).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  evaluateCondition,
  evaluateRisk,
  evaluateRisks,
  isAnswered,
  resolveVisibility,
  type Answers,
  type AnswerValue,
  type Question,
  type RaisedRisk,
} from "@/lib/engine";
import { questionnaire } from "./questionnaire";

const RUNS = { numRuns: 300 };

/**
 * Random answer sets over the real questions, drawn as lib/engine/test-fixtures/arbitrary-answers.ts
 * draws them (content tests may import only the engine's front door): each question is left
 * out about a third of the time, otherwise given a value its kind accepts.
 */
function validAnswer(question: Question): fc.Arbitrary<AnswerValue> {
  switch (question.kind) {
    case "single":
      return fc.constantFrom(...question.options.map((option) => option.id));
    case "multi":
      return fc.shuffledSubarray(question.options.map((option) => option.id));
    case "scale":
      return fc.integer({ min: 1, max: question.scale.length });
    case "text":
      return fc.string({ maxLength: 20 });
  }
}

const arbitraryAnswers: fc.Arbitrary<Answers> = fc
  .tuple(...questionnaire.questions.map((question) => fc.option(validAnswer(question), { nil: undefined, freq: 3 })))
  .map((values) => {
    const answers: Record<string, AnswerValue> = {};
    questionnaire.questions.forEach((question, index) => {
      const value = values[index];
      if (value !== undefined) answers[question.id] = value;
    });
    return answers;
  });

/** The unknown answers a question offers: each unknown option on its own (for several choices, as the only choice). */
function unknownAnswers(question: Question): AnswerValue[] {
  if (question.kind !== "single" && question.kind !== "multi") return [];
  const unknown = question.options.filter((option) => option.unknown === true).map((option) => option.id);
  return question.kind === "single" ? unknown : unknown.map((id) => [id]);
}

const withUnknowns = questionnaire.questions
  .map((question) => ({ question, unknowns: unknownAnswers(question) }))
  .filter((entry) => entry.unknowns.length > 0);

function raisedRisks(answers: Answers): Map<string, RaisedRisk> {
  const { effective } = resolveVisibility(questionnaire, answers);
  return new Map(evaluateRisks(questionnaire, effective).map((risk) => [risk.id, risk]));
}

function sameAnswer(a: AnswerValue, b: AnswerValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

describe("scoring holds up over random answers", () => {
  it("offers an unknown on most choice questions, so the second property has something to test", () => {
    expect(withUnknowns.length).toBeGreaterThanOrEqual(40);
  });

  it("shows, for each risk, a rule at least as likely and as harmful as every other rule that matches", () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const { effective } = resolveVisibility(questionnaire, answers);
        const failures: string[] = [];
        for (const risk of questionnaire.risks) {
          const shown = evaluateRisk(risk, effective);
          if (shown === undefined) continue;
          risk.rules.forEach((rule, index) => {
            if (!evaluateCondition(rule.when, effective).matched) return;
            if (rule.likelihood > shown.likelihood || rule.impact > shown.impact)
              failures.push(
                `${risk.id}: shows rule ${shown.rule + 1} (L${shown.likelihood} I${shown.impact}) although rule ${index + 1} (L${rule.likelihood} I${rule.impact}) also matches`,
              );
          });
        }
        expect(failures, failures.join("\n")).toEqual([]);
      }),
      RUNS,
    );
  });

  it("never scores an unknown answer better than the answer it replaces", () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const { effective } = resolveVisibility(questionnaire, answers);
        const before = raisedRisks(answers);
        const failures: string[] = [];
        for (const { question, unknowns } of withUnknowns) {
          const known = effective[question.id];
          if (!isAnswered(known)) continue;
          for (const unknown of unknowns) {
            if (sameAnswer(known, unknown)) continue;
            const after = raisedRisks({ ...answers, [question.id]: unknown });
            for (const risk of before.values()) {
              const now = after.get(risk.id);
              const change = `${question.id}: ${JSON.stringify(known)} → ${JSON.stringify(unknown)}`;
              if (now === undefined) failures.push(`${risk.id} disappears (${change})`);
              else if (now.likelihood < risk.likelihood || now.impact < risk.impact || now.severity < risk.severity)
                failures.push(`${risk.id} L${risk.likelihood} I${risk.impact} → L${now.likelihood} I${now.impact} (${change})`);
            }
          }
        }
        expect(failures, failures.join("\n")).toEqual([]);
      }),
      RUNS,
    );
  });
});
