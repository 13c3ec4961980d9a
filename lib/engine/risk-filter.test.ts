import { describe, expect, it } from "vitest";
import { filterRisks, isFiltered, type RiskFilter } from "./risk-filter";
import type { RaisedRisk } from "./risks";
import { bandOf, severityOf, type Level } from "./scoring";

function risk(id: string, area: string, likelihood: Level, impact: Level): RaisedRisk {
  const severity = severityOf(likelihood, impact);
  return { id, area, likelihood, impact, severity, band: bandOf(severity), rule: 0, reason: "test", because: [] };
}

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
