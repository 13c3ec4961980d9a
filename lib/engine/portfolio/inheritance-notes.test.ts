import { describe, expect, it } from "vitest";
import { fixtureQuestionnaire } from "../test-fixtures/fixture-questionnaire";
import type { Programme } from "./programme";
import { inheritanceNotes, programmeOf } from "./inheritance-notes";
import { programmeQuestionIds } from "./levels";

const content = {
  ...fixtureQuestionnaire,
  areas: fixtureQuestionnaire.areas.map((area) => (area.id === "scope" ? { ...area, level: "programme" as const } : area)),
};
const [first] = programmeQuestionIds(content);
const question = content.questions.find((q) => q.id === first);
if (!first || !question || question.kind !== "single") throw new Error("Test setup: the fixture needs a programme-level single choice");
const [a, b] = question.options.map((option) => option.id);
if (!a || !b) throw new Error("Test setup: the question needs two options");
const label = (id: string) => question.options.find((option) => option.id === id)?.label ?? id;

const programme = (answer: string): Programme => ({
  id: "p",
  name: "Retail",
  createdAt: "2026-12-01T10:00:00.000Z",
  updatedAt: "2026-12-01T10:00:00.000Z",
  contentVersion: "1",
  answers: { [first]: answer },
  members: [{ assessmentId: "app", inherited: { [first]: a } }],
});

describe("what the wizard says beside an inherited answer", () => {
  it("names the programme while the answer is the programme's", () => {
    expect(inheritanceNotes(content, programme(a), "app", { [first]: a })[first]).toEqual({
      state: "inherited",
      text: "Inherited from the programme “Retail”. Changing it here makes it this application’s own answer.",
    });
  });

  it("says what the programme answers now when the application is behind it", () => {
    expect(inheritanceNotes(content, programme(b), "app", { [first]: a })[first]).toEqual({
      state: "behind",
      text: `Inherited from the programme “Retail”, which now answers “${label(b)}”. Pass the change on from the portfolio, or keep this answer.`,
    });
  });

  it("calls a changed answer the application's own", () => {
    expect(inheritanceNotes(content, programme(a), "app", { [first]: b })[first]).toEqual({
      state: "local",
      text: `This application’s own answer; the programme “Retail” answers “${label(a)}”.`,
    });
  });

  it("says nothing for an assessment outside the programme, and finds the programme of one inside", () => {
    expect(inheritanceNotes(content, programme(a), "other", { [first]: a })).toEqual({});
    expect(programmeOf([programme(a)], "app")?.id).toBe("p");
    expect(programmeOf([programme(a)], "other")).toBeUndefined();
  });
});
