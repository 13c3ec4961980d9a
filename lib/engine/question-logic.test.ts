import { describe, expect, it } from "vitest";
import { forBrowser } from "./question-logic";
import { fixtureQuestionnaire as content } from "./test-fixtures/fixture-questionnaire";
import { unknownFixture } from "./test-fixtures/unknown-fixture";

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

  it("keeps which options mean the team does not know, so the plan and the known share agree with the server", () => {
    const lean = forBrowser(unknownFixture);
    const stateful = lean.questions.find((question) => question.id === "storage.stateful");
    expect(stateful?.kind === "single" ? stateful.options.find((option) => option.id === "unsure") : undefined).toEqual({
      id: "unsure",
      label: "Label for unsure",
      unknown: true,
    });
  });

  it("keeps everything the pages and the engine need", () => {
    expect(lean.questions.map(({ id, kind, prompt, required, when }) => ({ id, kind, prompt, required, when }))).toEqual(
      content.questions.map(({ id, kind, prompt, required, when }) => ({ id, kind, prompt, required, when })),
    );
    expect(lean.risks).toBe(content.risks);
    expect(lean.actions).toBe(content.actions);
  });
});
