import { describe, expect, it } from "vitest";
import type { Answers } from "./answers";
import { when } from "./condition";
import { conditionHolds } from "./evaluate-condition";
import type { Question } from "./questionnaire";
import { fixtureQuestionnaire, questionById } from "./test-fixtures/fixture-questionnaire";
import { isQuestionShown, resolveVisibility } from "./visibility";

/** The questions with no condition: shown whatever the answers. */
const ALWAYS = ["scope.goal", "scope.pilot", "scope.ops-capacity", "storage.stateful", "security.tenancy"];

/** Puts ids in the fixture's content order, so a case can list them in any order. */
function inContentOrder(ids: string[]): string[] {
  return fixtureQuestionnaire.questions.map((q) => q.id).filter((id) => ids.includes(id));
}

describe("resolveVisibility: which questions are shown", () => {
  it.each<[string, Answers, string[]]>([
    ["no answers: only unconditional questions", {}, []],
    ["a first-level follow-up opens", { "storage.stateful": "yes" }, ["storage.kinds"]],
    ["the other answer keeps it closed", { "storage.stateful": "no" }, []],
    [
      "second and third levels open, a `not` holding on the unanswered backup",
      { "storage.stateful": "yes", "storage.kinds": ["database"] },
      ["storage.kinds", "storage.backup", "storage.restore-drill"],
    ],
    [
      "the third level closes when its own condition fails",
      { "storage.stateful": "yes", "storage.kinds": ["files", "database"], "storage.backup": "none" },
      ["storage.kinds", "storage.backup"],
    ],
    [
      "a selection without the option keeps the second level closed",
      { "storage.stateful": "yes", "storage.kinds": ["files"] },
      ["storage.kinds"],
    ],
    [
      "hiding the first level hides everything below it",
      { "storage.stateful": "no", "storage.kinds": ["database"], "storage.backup": "untested", "storage.restore-drill": "no" },
      [],
    ],
    ["`in` opens a follow-up", { "security.tenancy": "multi-team" }, ["security.compliance"]],
    [
      "`any` opens a follow-up, `all` + `not` opens another",
      { "security.tenancy": "multi-tenant", "security.compliance": ["gdpr", "hipaa"] },
      ["security.compliance", "security.isolation", "security.exceptions"],
    ],
    [
      "an answer that rules a follow-up out",
      { "security.tenancy": "multi-tenant", "security.compliance": ["none"] },
      ["security.compliance"],
    ],
    [
      "an empty selection is no answer, so `answered` fails",
      { "security.tenancy": "multi-team", "security.compliance": [] },
      ["security.compliance"],
    ],
    [
      "follow-ups of a hidden multi-choice stay hidden",
      { "security.tenancy": "single-team", "security.compliance": ["pci"], "security.isolation": 1, "security.exceptions": "x" },
      [],
    ],
  ])("%s", (_name, answers, followUps) => {
    expect(resolveVisibility(fixtureQuestionnaire, answers).visible).toEqual(inContentOrder([...ALWAYS, ...followUps]));
  });

  it("hides a follow-up of a hidden follow-up even when its own `not` holds on the empty answer", () => {
    const drill = questionById("storage.restore-drill");
    const { visible, effective } = resolveVisibility(fixtureQuestionnaire, { "storage.stateful": "yes" });
    // On the answers that count, the drill's own condition holds (storage.backup is unanswered)…
    expect(conditionHolds(drill.when, effective)).toBe(true);
    // …but storage.backup is not shown, so neither is the drill.
    expect(visible).not.toContain("storage.backup");
    expect(visible).not.toContain("storage.restore-drill");
  });

  it("does not show a question whose condition reads a later question", () => {
    const questions: Question[] = [
      { ...questionById("storage.backup"), when: when.not(when.answered("storage.stateful")) },
      { ...questionById("storage.stateful") },
    ];
    expect(resolveVisibility({ questions }, {}).visible).toEqual(["storage.stateful"]);
  });
});

describe("resolveVisibility: which answers count", () => {
  const full: Answers = {
    "scope.goal": "cost",
    "storage.stateful": "yes",
    "storage.kinds": ["database"],
    "storage.backup": "untested",
    "storage.restore-drill": "no",
  };

  it.each<[string, Answers, Answers]>([
    ["answers to shown questions all count", full, full],
    [
      "answers to questions that became hidden are dropped",
      { ...full, "storage.stateful": "no" },
      { "scope.goal": "cost", "storage.stateful": "no" },
    ],
    [
      "only the hidden branch is dropped",
      { ...full, "storage.backup": "none" },
      { "scope.goal": "cost", "storage.stateful": "yes", "storage.kinds": ["database"], "storage.backup": "none" },
    ],
    [
      "empty answers ('', whitespace, []) to shown questions do not count",
      { "scope.pilot": "", "scope.goal": "  ", "storage.stateful": "yes", "storage.kinds": [] },
      { "storage.stateful": "yes" },
    ],
    [
      "answers to ids that are not questions do not count",
      { "unknown.question": "x", scope: "y", "scope.goal": "speed" },
      { "scope.goal": "speed" },
    ],
  ])("%s", (_name, answers, effective) => {
    expect(resolveVisibility(fixtureQuestionnaire, answers).effective).toEqual(effective);
  });

  it("remembers hidden answers (it never changes its input) and counts them again once shown", () => {
    const hidden = { ...full, "storage.stateful": "no" };
    const before = structuredClone(hidden);
    expect(resolveVisibility(fixtureQuestionnaire, hidden).effective).not.toHaveProperty("storage.backup");
    expect(hidden).toEqual(before);

    const shownAgain = { ...hidden, "storage.stateful": "yes" };
    expect(resolveVisibility(fixtureQuestionnaire, shownAgain).effective).toEqual(full);
  });

  it("lists visible questions in content order and every effective key among them", () => {
    const { visible, effective } = resolveVisibility(fixtureQuestionnaire, full);
    expect(visible).toEqual(inContentOrder(visible));
    for (const id of Object.keys(effective)) expect(visible).toContain(id);
  });
});

describe("isQuestionShown", () => {
  const backup = questionById("storage.backup");
  const goal = questionById("scope.goal");

  it.each<[string, Question, string[], Answers, boolean]>([
    ["no condition: shown with nothing", goal, [], {}, true],
    ["condition holds and what it reads is shown", backup, ["storage.kinds"], { "storage.kinds": ["database"] }, true],
    ["condition holds but what it reads is hidden", backup, [], { "storage.kinds": ["database"] }, false],
    ["what it reads is shown but the condition fails", backup, ["storage.kinds"], { "storage.kinds": ["files"] }, false],
  ])("%s", (_name, question, shown, effective, expected) => {
    expect(isQuestionShown(question, new Set(shown), effective)).toBe(expected);
  });
});
