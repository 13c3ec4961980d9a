import { describe, expect, it } from "vitest";
import { buildMatrix } from "./matrix";
import type { RaisedRisk } from "./risks";
import { bandOf, LEVELS, severityOf, type Level } from "./scoring";

function risk(id: string, area: string, likelihood: Level, impact: Level): RaisedRisk {
  const severity = severityOf(likelihood, impact);
  return { id, area, likelihood, impact, severity, band: bandOf(severity), rule: 0, reason: "test", because: [] };
}

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
