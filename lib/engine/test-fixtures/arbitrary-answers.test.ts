/** The answer generator the property tests draw from must reach the whole fixture, or they prove little. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateRisks } from "../risks";
import { resolveVisibility } from "../visibility";
import { arbitraryAnswers } from "./arbitrary-answers";
import { fixtureQuestionnaire } from "./fixture-questionnaire";

const questionnaire = fixtureQuestionnaire;

describe("the answer generator", () => {
  it("reaches deep follow-ups and raises every risk of the fixture at some point", () => {
    const seenVisible = new Set<string>();
    const seenRisks = new Set<string>();
    fc.assert(
      fc.property(arbitraryAnswers(questionnaire), (answers) => {
        const { visible, effective } = resolveVisibility(questionnaire, answers);
        visible.forEach((id) => seenVisible.add(id));
        evaluateRisks(questionnaire, effective).forEach((risk) => seenRisks.add(risk.id));
      }),
      { numRuns: 500, seed: 42 },
    );
    expect([...seenVisible].sort()).toEqual(questionnaire.questions.map((q) => q.id).sort());
    expect([...seenRisks].sort()).toEqual(questionnaire.risks.map((risk) => risk.id).sort());
  });
});
