/**
 * The scoring checks on deliberately broken fixtures: a "don't know" option left unmarked,
 * and two rules of one risk that can match together without one being at least as likely
 * and as harmful as the other. Each broken case has a sound twin the check accepts.
 */
import { describe, expect, it } from "vitest";
import { when } from "../condition";
import { checkBroken, optionsOf } from "../test-fixtures/expect-problems";
import { brokenFixture, questionById, riskById } from "../test-fixtures/fixture-questionnaire";
import { checkContent } from "./check-content";

describe("an option that says the team does not know", () => {
  it.each([
    ["by its id", { id: "not-sure", label: "Perhaps" }],
    ["by an undecided id", { id: "undecided", label: "Later" }],
    ["by its label", { id: "later", label: "Not decided yet" }],
  ])("must be marked unknown when it says so %s", (_, option) => {
    const broken = brokenFixture((d) => void optionsOf(questionById("storage.stateful", d)).push(option));
    checkBroken(broken, [["storage.stateful", new RegExp(`"${option.id}".*mark it unknown: true`)]]);
  });

  it("passes once it is marked", () => {
    const sound = brokenFixture(
      (d) => void optionsOf(questionById("storage.stateful", d)).push({ id: "not-sure", label: "Not sure", unknown: true }),
    );
    expect(checkContent(sound).problems).toEqual([]);
  });

  it("is not confused with a definite negative answer", () => {
    const sound = brokenFixture((d) => void optionsOf(questionById("storage.stateful", d)).push({ id: "unmapped", label: "No map" }));
    expect(checkContent(sound).problems).toEqual([]);
  });
});

describe("two rules of one risk that can match together", () => {
  it("must be ordered: one at least as likely and as harmful as the other", () => {
    const broken = brokenFixture(
      (d) =>
        void riskById("scope.tool-sprawl", d).rules.push({
          when: when.equals("scope.goal", "portability"),
          likelihood: 2,
          impact: 5,
          reason: "A second, incomparable rule.",
        }),
    );
    checkBroken(broken, [["scope.tool-sprawl", /Rules 1 \(L4 I3\) and 2 \(L2 I5\) can both match .*neither is at least as likely/]]);
  });

  it("may be incomparable when they can never match together", () => {
    const sound = brokenFixture(
      (d) =>
        void riskById("scope.tool-sprawl", d).rules.push({
          when: when.equals("scope.goal", "cost"),
          likelihood: 2,
          impact: 5,
          reason: "An exclusive, incomparable rule.",
        }),
    );
    expect(checkContent(sound).problems).toEqual([]);
  });

  it("may match together when one dominates the other", () => {
    const sound = brokenFixture(
      (d) =>
        void riskById("scope.tool-sprawl", d).rules.push({
          when: when.equals("scope.goal", "portability"),
          likelihood: 2,
          impact: 3,
          reason: "A weaker rule for the same answer.",
        }),
    );
    expect(checkContent(sound).problems).toEqual([]);
  });
});
