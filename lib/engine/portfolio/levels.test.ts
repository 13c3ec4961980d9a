import { describe, expect, it } from "vitest";
// eslint-disable-next-line no-restricted-imports -- the levels are the real content's
import { questionnaire } from "@/content/questionnaire";
import { fixtureQuestionnaire } from "../test-fixtures/fixture-questionnaire";
import { isProgrammeQuestion, programmeQuestionIds, questionLevel } from "./levels";

describe("question levels", () => {
  it("takes the area's level, and a question's own where it names one", () => {
    expect(questionLevel(questionnaire, "scope.breadth")).toBe("programme");
    expect(questionLevel(questionnaire, "scope.business-criticality")).toBe("application");
    expect(questionLevel(questionnaire, "storage.stateful")).toBe("application");
    expect(questionLevel(questionnaire, "security.supply-chain")).toBe("programme");
    expect(questionLevel(questionnaire, "shared-services.node-fit")).toBe("application");
    expect(questionLevel(questionnaire, "no.such-question")).toBeUndefined();
  });

  it("lists the programme's questions in content order", () => {
    const ids = programmeQuestionIds(questionnaire);
    const order = questionnaire.questions.map((q) => q.id);
    expect(ids).toEqual(order.filter((id) => ids.includes(id)));
    expect(ids).toContain("orchestration.platform");
    expect(ids).not.toContain("app-knowledge.sigterm");
    expect(ids.every((id) => isProgrammeQuestion(questionnaire, id))).toBe(true);
  });

  it("treats a question no one gave a level as the application's: nothing is shared unless marked", () => {
    expect(questionLevel(fixtureQuestionnaire, "scope.goal")).toBe("application");
    expect(programmeQuestionIds(fixtureQuestionnaire)).toEqual([]);
  });
});
