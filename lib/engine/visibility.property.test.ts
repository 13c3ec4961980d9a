/**
 * Properties of visibility (which questions are shown, which answers count) over random
 * answer sets for the fixture questionnaire: valid answers to a random subset of
 * questions, sometimes junk values and unknown ids.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isAnswered, type Answers } from "./answers";
import { referencedQuestions } from "./condition";
import { conditionHolds, evaluateCondition } from "./evaluate-condition";
import { evaluateRisks } from "./risks";
import { arbitraryAnswers } from "./test-fixtures/arbitrary-answers";
import { fixtureQuestionnaire } from "./test-fixtures/fixture-questionnaire";
import { resolveVisibility } from "./visibility";

const questionnaire = fixtureQuestionnaire;
const anyAnswers = fc.oneof(arbitraryAnswers(questionnaire), arbitraryAnswers(questionnaire, { junk: true }));
const RUNS = { numRuns: 300 };

describe("visibility properties over random answers", () => {
  it("never throws, whatever the answers", () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const { effective } = resolveVisibility(questionnaire, answers);
        evaluateRisks(questionnaire, effective);
        evaluateRisks(questionnaire, answers);
        for (const question of questionnaire.questions) conditionHolds(question.when, answers);
      }),
      RUNS,
    );
  });

  it("counts exactly the non-empty answers to visible questions, unchanged", () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const { visible, effective } = resolveVisibility(questionnaire, answers);
        for (const [id, value] of Object.entries(effective)) {
          expect(visible).toContain(id);
          expect(value).toBe(answers[id]);
        }
        for (const id of visible) expect(id in effective).toBe(isAnswered(answers[id]));
      }),
      RUNS,
    );
  });

  it("shows a question exactly when what it reads is shown and its condition holds on what counts", () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const { visible, effective } = resolveVisibility(questionnaire, answers);
        for (const question of questionnaire.questions) {
          const expected =
            question.when === undefined ||
            (referencedQuestions(question.when).every((id) => visible.includes(id)) && evaluateCondition(question.when, effective).matched);
          expect(visible.includes(question.id)).toBe(expected);
        }
      }),
      RUNS,
    );
  });

  it("always shows a question with no condition", () => {
    const unconditional = questionnaire.questions.filter((question) => question.when === undefined).map((q) => q.id);
    expect(unconditional.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const { visible } = resolveVisibility(questionnaire, answers);
        for (const id of unconditional) expect(visible).toContain(id);
      }),
      RUNS,
    );
  });

  it("is idempotent: the answers that count give the same visible set and count the same", () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const first = resolveVisibility(questionnaire, answers);
        const second = resolveVisibility(questionnaire, first.effective);
        expect(second.visible).toEqual(first.visible);
        expect(second.effective).toEqual(first.effective);
      }),
      RUNS,
    );
  });

  it("ignores answers to hidden questions: changing them changes nothing", () => {
    fc.assert(
      fc.property(anyAnswers, anyAnswers, (answers, noise) => {
        const before = resolveVisibility(questionnaire, answers);
        const changed: Record<string, Answers[string]> = { ...answers };
        for (const question of questionnaire.questions) {
          const replacement = noise[question.id];
          if (before.visible.includes(question.id)) continue;
          if (replacement === undefined) delete changed[question.id];
          else changed[question.id] = replacement;
        }
        const after = resolveVisibility(questionnaire, changed);
        expect(after).toEqual(before);
        expect(evaluateRisks(questionnaire, after.effective)).toEqual(evaluateRisks(questionnaire, before.effective));
      }),
      RUNS,
    );
  });
});
