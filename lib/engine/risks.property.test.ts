/**
 * Properties of raised risks over random answer sets for the fixture questionnaire (the
 * answers that count after visibility, sometimes from junk values and unknown ids).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { referencedQuestions } from "./condition";
import { evaluateCondition } from "./evaluate-condition";
import { evaluateRisks } from "./risks";
import { bandOf, severityOf } from "./scoring";
import { arbitraryAnswers } from "./test-fixtures/arbitrary-answers";
import { fixtureQuestionnaire, riskById } from "./test-fixtures/fixture-questionnaire";
import { resolveVisibility } from "./visibility";

const questionnaire = fixtureQuestionnaire;
const anyAnswers = fc.oneof(arbitraryAnswers(questionnaire), arbitraryAnswers(questionnaire, { junk: true }));
const RUNS = { numRuns: 300 };

describe("risk properties over random answers", () => {
  it("scores every raised risk by its most severe matching rule, with a band that fits the severity", () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const { effective } = resolveVisibility(questionnaire, answers);
        for (const raised of evaluateRisks(questionnaire, effective)) {
          // Scored as scoring.ts scores a cell (its own tests pin the numbers and bands).
          expect(raised.severity).toBe(severityOf(raised.likelihood, raised.impact));
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
