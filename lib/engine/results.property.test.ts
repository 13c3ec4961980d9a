/**
 * One evaluation feeds the summary counts, the matrix, the register and readiness: over
 * random answer sets they must agree with each other, and with the plan built from them.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluation";
import { buildMatrix, countByBand } from "./matrix";
import { buildPlan } from "./plan";
import { areaReadiness, readinessScore } from "./readiness";
import { nextAreaToAnswer, progressOf } from "./progress";
import { evaluateAssessment } from "./results";
import { filterRisks, isFiltered, type RiskFilter } from "./risk-filter";
import type { RaisedRisk } from "./risks";
import { BANDS, bandOf, LEVELS, type Level } from "./scoring";
import { arbitraryAnswers } from "./test-fixtures/arbitrary-answers";
import { fixtureQuestionnaire } from "./test-fixtures/fixture-questionnaire";

const questionnaire = fixtureQuestionnaire;
const anyAnswers = fc.oneof(arbitraryAnswers(questionnaire), arbitraryAnswers(questionnaire, { junk: true }));
const RUNS = { numRuns: 200 };

function risk(id: string, area: string, likelihood: Level, impact: Level): RaisedRisk {
  const severity = likelihood * impact;
  return { id, area, likelihood, impact, severity, band: bandOf(severity), rule: 0, reason: "test", because: [] };
}

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

  it("builds the plan from the very risks the results show", () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const { results, plan } = evaluate(questionnaire, answers);
        expect(results).toEqual(evaluateAssessment(questionnaire, answers));
        expect(plan).toEqual(buildPlan(questionnaire, results.risks));
        expect(results.bandCounts).toEqual(countByBand(results.risks));
        expect(results.matrix).toEqual(buildMatrix(results.risks));
      }),
      { numRuns: 100 },
    );
  });
});

describe("readinessScore", () => {
  it.each<[string, number[], number]>([
    ["no risks", [], 100],
    ["the least severe risk still costs something", [1], 97],
    ["a medium risk", [5], 84],
    ["a high risk", [12], 62],
    ["a critical 25 takes 80 %", [25], 20],
    ["two criticals", [25, 25], 4],
    ["several lows", [2, 3, 4], 74],
    ["one critical outweighs several lows", [16], 49],
  ])("%s: %j → %i", (_name, severities, expected) => {
    expect(readinessScore(severities)).toBe(expected);
  });

  it("does not depend on the order of the risks and never leaves 0..100", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 25 }), { maxLength: 12 }), (severities) => {
        const score = readinessScore(severities);
        expect(score).toBe(readinessScore([...severities].reverse()));
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
        expect(readinessScore([...severities, 1])).toBeLessThanOrEqual(score);
      }),
    );
  });
});

describe("buildMatrix orientation", () => {
  const matrix = buildMatrix([risk("a", "x", 2, 5), risk("b", "x", 5, 1), risk("c", "x", 2, 5), risk("d", "x", 3, 3)]);

  it("has impact 5 as the first row and likelihood 1 as the first column", () => {
    expect(matrix.map((row) => row.impact)).toEqual([5, 4, 3, 2, 1]);
    for (const row of matrix) {
      expect(row.cells.map((cell) => cell.likelihood)).toEqual([...LEVELS]);
      for (const cell of row.cells) expect(cell.impact).toBe(row.impact);
    }
  });

  it.each<[row: number, column: number, severity: number, band: string, ids: string[]]>([
    [0, 0, 5, "medium", []],
    [0, 1, 10, "high", ["a", "c"]],
    [0, 4, 25, "critical", []],
    [2, 2, 9, "medium", ["d"]],
    [4, 0, 1, "low", []],
    [4, 4, 5, "medium", ["b"]],
    [1, 3, 16, "critical", []],
  ])("row %i, column %i: severity %i, %s, risks %j", (row, column, severity, band, ids) => {
    expect(matrix[row]?.cells[column]).toMatchObject({ severity, band, riskIds: ids });
  });
});

describe("filterRisks and isFiltered", () => {
  const risks = [risk("a", "storage", 4, 5), risk("b", "storage", 1, 2), risk("c", "security", 4, 5), risk("d", "scope", 3, 3)];

  it.each<[string, RiskFilter, string[], boolean]>([
    ["no filter", {}, ["a", "b", "c", "d"], false],
    ["all keys undefined", { area: undefined, band: undefined, cell: undefined }, ["a", "b", "c", "d"], false],
    ["by area", { area: "storage" }, ["a", "b"], true],
    ["by band", { band: "critical" }, ["a", "c"], true],
    ["by cell", { cell: { likelihood: 4, impact: 5 } }, ["a", "c"], true],
    ["by area and cell", { area: "security", cell: { likelihood: 4, impact: 5 } }, ["c"], true],
    ["by band and area, nothing left", { band: "low", area: "scope" }, [], true],
    ["an empty cell", { cell: { likelihood: 5, impact: 5 } }, [], true],
  ])("%s", (_name, filter, expected, filtered) => {
    expect(filterRisks(risks, filter).map((r) => r.id)).toEqual(expected);
    expect(isFiltered(filter)).toBe(filtered);
  });
});

describe("progress", () => {
  it.each<[string, Record<string, string | number | string[]>, string[], string | undefined]>([
    ["nothing answered", {}, ["not-started", "not-started", "not-started"], "scope"],
    ["one area done", { "scope.goal": "cost", "scope.ops-capacity": 3 }, ["completed", "not-started", "not-started"], "storage"],
    ["a follow-up still open", { "scope.goal": "cost", "scope.ops-capacity": 3, "storage.stateful": "yes" }, ["completed", "in-progress", "not-started"], "storage"],
    [
      "everything required answered",
      { "scope.goal": "cost", "scope.ops-capacity": 3, "storage.stateful": "no", "security.tenancy": "single-team" },
      ["completed", "completed", "completed"],
      undefined,
    ],
  ])("%s", (_name, answers, statuses, next) => {
    const progress = progressOf(questionnaire, answers);
    expect(progress.map((p) => p.status)).toEqual(statuses);
    expect(nextAreaToAnswer(progress)).toBe(next);
  });
});
