import { describe, expect, it } from "vitest";
import { fixtureQuestionnaire } from "../test-fixtures/fixture-questionnaire";
import { checkLevels } from "./level-checks";

describe("checkLevels", () => {
  it("reports every question whose area and own entry name no level", () => {
    const problems = checkLevels(fixtureQuestionnaire);
    expect(problems.map((p) => p.id)).toEqual(fixtureQuestionnaire.questions.map((q) => q.id));
    expect(problems[0]?.problem).toBe(
      'It has no level: give its area "scope" a level, or the question its own ("programme" or "application").',
    );
  });

  it("accepts a level from the area or from the question", () => {
    const areas = fixtureQuestionnaire.areas.map((area) => (area.id === "storage" ? area : { ...area, level: "programme" as const }));
    const questions = fixtureQuestionnaire.questions.map((q) =>
      q.id === "storage.stateful" ? { ...q, level: "application" as const } : q,
    );
    expect(checkLevels({ areas, questions }).map((p) => p.id)).toEqual(
      questions.filter((q) => q.area === "storage" && q.id !== "storage.stateful").map((q) => q.id),
    );
  });
});
