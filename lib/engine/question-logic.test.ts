import { describe, expect, it } from "vitest";
import { forBrowser } from "./question-logic";
import { fixtureQuestionnaire as content } from "./test-fixtures/fixture-questionnaire";

describe("forBrowser", () => {
  const lean = forBrowser(content);

  it("leaves the help text and the option hints out, rather than blanking them", () => {
    for (const question of lean.questions) {
      expect(Object.hasOwn(question, "help")).toBe(false);
      if (question.kind === "single" || question.kind === "multi") {
        for (const option of question.options) expect(Object.keys(option).sort()).toEqual(["id", "label"]);
      }
    }
  });

  it("keeps everything the pages and the engine need", () => {
    expect(lean.questions.map(({ id, kind, prompt, required, when }) => ({ id, kind, prompt, required, when }))).toEqual(
      content.questions.map(({ id, kind, prompt, required, when }) => ({ id, kind, prompt, required, when })),
    );
    expect(lean.risks).toBe(content.risks);
    expect(lean.actions).toBe(content.actions);
  });
});
