/**
 * The comparison depends on the set of responses, never on the order they arrived in: over
 * random responses to the fixture questionnaire (junk included) and over the real scenario
 * teams, every permutation gives a deep-equal comparison and the same agreed answers.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
// The real content, for order independence where the risks are real; tests may read content.
// eslint-disable-next-line no-restricted-imports
import { questionnaire as realQuestionnaire } from "@/content/questionnaire";
// eslint-disable-next-line no-restricted-imports
import { teams } from "@/content/scenarios/teams";
import { isUnknownAnswer, type Answers } from "../answers";
import type { Questionnaire } from "../questionnaire";
import { arbitraryAnswers } from "../test-fixtures/arbitrary-answers";
import { fixtureQuestionnaire } from "../test-fixtures/fixture-questionnaire";
import { resolveVisibility } from "../visibility";
import { agreedAnswers, compareResponses } from "./compare-responses";
import { TEAM_ROLES, type TeamResponse } from "./team-types";

function arbitraryResponse(answers: fc.Arbitrary<Answers>): fc.Arbitrary<TeamResponse> {
  return fc.record({
    team: fc.constant("abcde12345"),
    name: fc.constant("Pilot"),
    // Few roles, names and days, so duplicate labels and full ties are common.
    role: fc.constantFrom(...TEAM_ROLES.slice(0, 3)),
    respondent: fc.constantFrom(undefined, "Ada", " Ada ", "Grace"),
    answeredOn: fc.constantFrom("2026-05-01T00:00:00.000Z", "2026-05-02T00:00:00.000Z"),
    contentVersion: fc.constant("2026.1.1"),
    answers,
  });
}

/** Responses and a permutation of them. */
const shuffled = (responses: fc.Arbitrary<TeamResponse[]>) =>
  responses.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })));

function expectOrderIndependent(questionnaire: Questionnaire, [responses, permuted]: [TeamResponse[], TeamResponse[]]): void {
  const comparison = compareResponses(questionnaire, responses);
  expect(compareResponses(questionnaire, permuted)).toStrictEqual(comparison);
  expect(agreedAnswers(questionnaire, compareResponses(questionnaire, permuted), {})).toStrictEqual(
    agreedAnswers(questionnaire, comparison, {}),
  );
}

describe("compareResponses properties", () => {
  const fixtureResponses = fc.array(
    arbitraryResponse(fc.oneof(arbitraryAnswers(fixtureQuestionnaire), arbitraryAnswers(fixtureQuestionnaire, { junk: true }))),
    { minLength: 1, maxLength: 5 },
  );

  it("gives the same comparison for any order of the responses (fixture, junk included)", () => {
    fc.assert(
      fc.property(shuffled(fixtureResponses), (pair) => expectOrderIndependent(fixtureQuestionnaire, pair)),
      { numRuns: 300 },
    );
  });

  it("labels every voice uniquely, and counts only shown, known answers as votes", () => {
    fc.assert(
      fc.property(fixtureResponses, (responses) => {
        const comparison = compareResponses(fixtureQuestionnaire, responses);
        const labels = comparison.voices.map((voice) => voice.label);
        expect(new Set(labels).size).toBe(responses.length);
        for (const compared of comparison.questions) {
          const question = fixtureQuestionnaire.questions.find((candidate) => candidate.id === compared.question);
          if (question === undefined) throw new Error(`not a question: ${compared.question}`);
          for (const group of compared.groups) expect(isUnknownAnswer(question, group.value)).toBe(false);
          const voters = [...compared.groups.flatMap((group) => group.voices), ...compared.unknown];
          expect(new Set(voters).size).toBe(voters.length);
          expect(compared.agreement).toBe(
            compared.groups.length === 0 ? "unknown-only" : compared.groups.length === 1 ? "unanimous" : "split",
          );
        }
        // Agreed answers show themselves.
        const { answers } = agreedAnswers(fixtureQuestionnaire, comparison, {});
        expect(resolveVisibility(fixtureQuestionnaire, answers).effective).toEqual(answers);
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same comparison for any order of real teams' responses", () => {
    const realResponses = fc.array(arbitraryResponse(fc.constantFrom<Answers>(...Object.values(teams))), { minLength: 2, maxLength: 5 });
    fc.assert(
      fc.property(shuffled(realResponses), (pair) => expectOrderIndependent(realQuestionnaire, pair)),
      { numRuns: 25 },
    );
  });
});
