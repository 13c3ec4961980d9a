import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readinessScore } from "./readiness";

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
