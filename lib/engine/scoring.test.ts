import { describe, expect, it } from "vitest";
import { BAND_LABELS, BANDS, bandOf, bandRank, IMPACT_LABELS, LEVELS, LIKELIHOOD_LABELS, severityOf, type Band } from "./scoring";

describe("bandOf at every edge", () => {
  it.each<[number, Band]>([
    [1, "low"],
    [4, "low"],
    [5, "medium"],
    [9, "medium"],
    [10, "high"],
    [15, "high"],
    [16, "critical"],
    [25, "critical"],
  ])("severity %i is %s", (severity, band) => {
    expect(bandOf(severity)).toBe(band);
  });
});

describe("severityOf", () => {
  it.each<[number, number, number]>([
    [1, 1, 1],
    [1, 5, 5],
    [5, 1, 5],
    [2, 2, 4],
    [3, 3, 9],
    [2, 5, 10],
    [3, 5, 15],
    [4, 4, 16],
    [5, 5, 25],
  ])("likelihood %i × impact %i = %i", (likelihood, impact, severity) => {
    expect(severityOf(likelihood, impact)).toBe(severity);
  });

  it("counts the matrix cells per band (rows impact, columns likelihood)", () => {
    const counts: Record<Band, number> = { critical: 0, high: 0, medium: 0, low: 0 };
    for (const likelihood of LEVELS) for (const impact of LEVELS) counts[bandOf(severityOf(likelihood, impact))] += 1;
    expect(counts).toEqual({ low: 8, medium: 7, high: 6, critical: 4 });
  });
});

describe("bandRank", () => {
  it("ranks a more severe band higher, each band apart, and every band above 0 (a plan's baseline)", () => {
    const severities = Array.from({ length: 25 }, (_, index) => index + 1);
    const ranks = severities.map((severity) => bandRank(bandOf(severity)));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBe(BANDS.length);
    expect(Math.min(...ranks)).toBeGreaterThan(0);
  });

  it("BANDS lists bands most severe first", () => {
    const ranks = BANDS.map(bandRank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });
});

describe("labels", () => {
  it("name every level and every band", () => {
    for (const level of LEVELS) {
      expect(LIKELIHOOD_LABELS[level]).toMatch(/\w/);
      expect(IMPACT_LABELS[level]).toMatch(/\w/);
    }
    for (const band of BANDS) expect(BAND_LABELS[band]).toMatch(/\w/);
  });
});
