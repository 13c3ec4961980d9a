import { describe, expect, it } from "vitest";
import { areas } from "./areas";
import { coverage, MISCONCEPTIONS_SLIDE, OVERVIEW_SLIDE } from "./coverage";
import { questionnaire } from "./questionnaire";

const questionIds = new Set(questionnaire.questions.map((q) => q.id));
const riskIds = new Set(questionnaire.risks.map((r) => r.id));
const actionIds = new Set(questionnaire.actions.map((a) => a.id));
const known = (id: string) => questionIds.has(id) || riskIds.has(id) || actionIds.has(id);

/** The talk's challenge slides are exactly the areas' challenges, plus the misconceptions slide. */
const challengeSlides = [...areas.map((area) => area.challenge), MISCONCEPTIONS_SLIDE];
const allSlides = new Set([OVERVIEW_SLIDE, ...challengeSlides]);

describe("the coverage map of the talk", () => {
  it("gives every talk point at least one id", () => {
    const empty = coverage.filter((entry) => entry.ids.length === 0).map((entry) => entry.talkPoint);
    expect(empty, `Talk points with no ids:\n${empty.join("\n")}`).toEqual([]);
  });

  it("names only ids that exist in the questionnaire", () => {
    const missing = coverage.flatMap((entry) => entry.ids.filter((id) => !known(id)).map((id) => `"${id}" (for "${entry.talkPoint}")`));
    expect(missing, `Unknown ids:\n${missing.join("\n")}`).toEqual([]);
  });

  it("covers every challenge slide of the talk", () => {
    const uncovered = challengeSlides.filter((slide) => !coverage.some((entry) => entry.slide === slide));
    expect(uncovered).toEqual([]);
  });

  it("uses only slide titles the talk has", () => {
    const unknown = coverage.map((entry) => entry.slide).filter((slide) => !allSlides.has(slide));
    expect(unknown).toEqual([]);
  });

  it("ties each area's challenge slide to that area's own questions and risks", () => {
    for (const area of areas) {
      const ids = coverage.filter((entry) => entry.slide === area.challenge).flatMap((entry) => entry.ids);
      expect(
        ids.some((id) => questionIds.has(id) && id.startsWith(`${area.id}.`)),
        `${area.challenge}: no question of ${area.id}`,
      ).toBe(true);
      expect(
        ids.some((id) => riskIds.has(id) && id.startsWith(`${area.id}.`)),
        `${area.challenge}: no risk of ${area.id}`,
      ).toBe(true);
      expect(
        ids.some((id) => actionIds.has(id)),
        `${area.challenge}: no action`,
      ).toBe(true);
    }
  });

  it("lists each talk point once, with a one-line note on today", () => {
    const points = coverage.map((entry) => `${entry.slide} / ${entry.talkPoint}`);
    expect(new Set(points).size).toBe(points.length);
    for (const entry of coverage) {
      expect(entry.today.trim().length, entry.talkPoint).toBeGreaterThan(20);
      expect(entry.today, entry.talkPoint).not.toMatch(/\n/);
    }
  });
});
