import { describe, expect, it } from "vitest";
import { nextAreaToAnswer, progressOf } from "./progress";
import { fixtureQuestionnaire } from "./test-fixtures/fixture-questionnaire";

const questionnaire = fixtureQuestionnaire;

describe("progress", () => {
  it.each<[string, Record<string, string | number | string[]>, string[], string | undefined]>([
    ["nothing answered", {}, ["not-started", "not-started", "not-started"], "scope"],
    ["one area done", { "scope.goal": "cost", "scope.ops-capacity": 3 }, ["completed", "not-started", "not-started"], "storage"],
    [
      "a follow-up still open",
      { "scope.goal": "cost", "scope.ops-capacity": 3, "storage.stateful": "yes" },
      ["completed", "in-progress", "not-started"],
      "storage",
    ],
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
