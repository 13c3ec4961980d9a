/**
 * Properties of the decision engine over random answer sets for the fixture questionnaire:
 * valid answers to a random subset of questions, sometimes junk values and unknown ids.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isAnswered, type Answers } from "./answers";
import { referencedQuestions } from "./condition";
import { conditionHolds, evaluateCondition } from "./evaluate-condition";
import { evaluateRisks } from "./risks";
import { bandOf, severityOf, type Band } from "./scoring";
import { arbitraryAnswers } from "./test-fixtures/arbitrary-answers";
import { fixtureQuestionnaire, riskById } from "./test-fixtures/fixture-questionnaire";
import { resolveVisibility } from "./visibility";

const questionnaire = fixtureQuestionnaire;
const anyAnswers = fc.oneof(arbitraryAnswers(questionnaire), arbitraryAnswers(questionnaire, { junk: true }));
const RUNS = { numRuns: 300 };

const bandFor = (severity: number): Band =>
  severity <= 4 ? "low" : severity <= 9 ? "medium" : severity <= 15 ? "high" : "critical";

describe("engine properties over random answers", () => {
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
            (referencedQuestions(question.when).every((id) => visible.includes(id)) &&
              evaluateCondition(question.when, effective).matched);
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

  it("scores every raised risk by its most severe matching rule, with a band that fits the severity", () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const { effective } = resolveVisibility(questionnaire, answers);
        for (const raised of evaluateRisks(questionnaire, effective)) {
          expect(raised.severity).toBe(raised.likelihood * raised.impact);
          expect(raised.severity).toBe(severityOf(raised.likelihood, raised.impact));
          expect(raised.band).toBe(bandFor(raised.severity));
          expect(raised.band).toBe(bandOf(raised.severity));

          const risk = riskById(raised.id);
          const winner = risk.rules[raised.rule];
          expect(winner && [winner.likelihood, winner.impact, winner.reason]).toEqual([raised.likelihood, raised.impact, raised.reason]);
          const matching = risk.rules.filter((rule) => evaluateCondition(rule.when, effective).matched);
          expect(matching).toContain(winner);
          for (const rule of matching) expect(rule.likelihood * rule.impact).toBeLessThanOrEqual(raised.severity);

          const reads = winner ? referencedQuestions(winner.when) : [];
          for (const reason of raised.because) {
            expect(reads).toContain(reason.question);
            expect(reason.answer).toEqual(effective[reason.question]);
          }
        }
      }),
      RUNS,
    );
  });

  it("raises exactly the risks with a matching rule, most severe first", () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const { effective } = resolveVisibility(questionnaire, answers);
        const raised = evaluateRisks(questionnaire, effective);
        const expected = questionnaire.risks
          .filter((risk) => risk.rules.some((rule) => evaluateCondition(rule.when, effective).matched))
          .map((risk) => risk.id);
        expect([...raised.map((risk) => risk.id)].sort()).toEqual([...expected].sort());
        raised.forEach((risk, index) => {
          const next = raised[index + 1];
          if (next === undefined) return;
          expect(risk.severity).toBeGreaterThanOrEqual(next.severity);
          if (risk.severity === next.severity) expect(risk.likelihood).toBeGreaterThanOrEqual(next.likelihood);
        });
      }),
      RUNS,
    );
  });
});

describe("the answer generator", () => {
  it("reaches deep follow-ups and raises every risk of the fixture at some point", () => {
    const seenVisible = new Set<string>();
    const seenRisks = new Set<string>();
    fc.assert(
      fc.property(arbitraryAnswers(questionnaire), (answers) => {
        const { visible, effective } = resolveVisibility(questionnaire, answers);
        visible.forEach((id) => seenVisible.add(id));
        evaluateRisks(questionnaire, effective).forEach((risk) => seenRisks.add(risk.id));
      }),
      { numRuns: 500, seed: 42 },
    );
    expect([...seenVisible].sort()).toEqual(questionnaire.questions.map((q) => q.id).sort());
    expect([...seenRisks].sort()).toEqual(questionnaire.risks.map((risk) => risk.id).sort());
  });
});
