/**
 * One evaluation feeds the summary counts, the matrix, the register and readiness: over
 * random answer sets they must agree with each other, and with the plan built from them.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluation";
import { areaReadiness, readinessScore } from "./readiness";
import { evaluateAssessment } from "./results";
import { filterRisks } from "./risk-filter";
import { BANDS, bandOf } from "./scoring";
import { arbitraryAnswers } from "./test-fixtures/arbitrary-answers";
import { fixtureQuestionnaire } from "./test-fixtures/fixture-questionnaire";

const questionnaire = fixtureQuestionnaire;
const anyAnswers = fc.oneof(arbitraryAnswers(questionnaire), arbitraryAnswers(questionnaire, { junk: true }));
const RUNS = { numRuns: 200 };

describe("results agree with each other over random answers", () => {
  it("places every risk in exactly one cell, the register's cell filter finds the same risks", () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const { risks, matrix } = evaluateAssessment(questionnaire, answers);
        const cells = matrix.flatMap((row) => row.cells);
        expect(cells).toHaveLength(25);
        expect(cells.reduce((sum, cell) => sum + cell.riskIds.length, 0)).toBe(risks.length);
        // One comparison per run, not per cell: the same check, without 25 assertions a run.
        const fromRegister = cells.map((cell) => ({
          riskIds: filterRisks(risks, { cell: { likelihood: cell.likelihood, impact: cell.impact } }).map((r) => r.id),
          band: bandOf(cell.likelihood * cell.impact),
        }));
        expect(cells.map(({ riskIds, band }) => ({ riskIds, band }))).toEqual(fromRegister);
      }),
      RUNS,
    );
  });

  it("counts bands as the register and the matrix do", () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const { risks, matrix, bandCounts } = evaluateAssessment(questionnaire, answers);
        const cells = matrix.flatMap((row) => row.cells);
        for (const band of BANDS) {
          expect(bandCounts[band]).toBe(risks.filter((r) => r.band === band).length);
          expect(bandCounts[band]).toBe(filterRisks(risks, { band }).length);
          const inCells = cells.filter((cell) => cell.band === band).reduce((sum, cell) => sum + cell.riskIds.length, 0);
          expect(bandCounts[band]).toBe(inCells);
        }
      }),
      RUNS,
    );
  });

  it("derives readiness per area from that area's risks only", () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const { risks, progress, readiness } = evaluateAssessment(questionnaire, answers);
        expect(readiness.map((r) => r.area)).toEqual(questionnaire.areas.map((area) => area.id));
        readiness.forEach((entry, index) => {
          const areaProgress = progress[index];
          const own = filterRisks(risks, { area: entry.area });
          expect(entry.status).toBe(areaProgress?.status);
          expect(entry.riskCount).toBe(own.length);
          expect(entry.score === null).toBe(areaProgress?.status === "not-started");
          if (entry.score !== null) {
            expect(entry.score).toBe(readinessScore(own.map((r) => r.severity)));
            if (own.length === 0) expect(entry.score).toBe(100);
            else expect(entry.score).toBeLessThan(100);
          }
          const worst = own.reduce((max, r) => Math.max(max, r.severity), 0);
          expect(entry.worstBand).toBe(worst === 0 ? null : bandOf(worst));
          // The same figure comes out with the other areas' risks left out.
          expect(areaReadiness(progress, own)[index]).toEqual(entry);
        });
      }),
      RUNS,
    );
  });

  it("is empty exactly when no answer counts, and then shows nothing", () => {
    fc.assert(
      fc.property(fc.oneof(anyAnswers, fc.constant({})), (answers) => {
        const results = evaluateAssessment(questionnaire, answers);
        expect(results.empty).toBe(Object.keys(results.visibility.effective).length === 0);
        expect(results.empty).toBe(results.progress.every((p) => p.status === "not-started"));
        if (results.empty) expect(results.readiness.every((r) => r.score === null)).toBe(true);
      }),
      RUNS,
    );
  });

  it("builds the plan from the very risks the results show, at the bands they show", () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const { results, plan } = evaluate(questionnaire, answers);
        const shown = new Map(results.risks.map((r) => [r.id, { id: r.id, band: r.band, severity: r.severity }]));
        const planned = plan.phases.flatMap((phase) => phase.actions);
        for (const action of planned) {
          const mitigates = questionnaire.actions.find((a) => a.id === action.id)?.mitigates ?? [];
          const expected = mitigates.flatMap((id) => shown.get(id) ?? []);
          expect([...action.mitigates].sort((a, b) => a.id.localeCompare(b.id))).toEqual(expected.sort((a, b) => a.id.localeCompare(b.id)));
        }
        // Every shown risk some action mitigates has that action in the plan.
        for (const id of shown.keys()) {
          if (questionnaire.actions.some((a) => a.mitigates.includes(id)))
            expect(
              planned.some((a) => a.mitigates.some((m) => m.id === id)),
              id,
            ).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});
