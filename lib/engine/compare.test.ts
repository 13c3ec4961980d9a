/** Two assessments side by side: risks resolved, added, changed band; readiness; answers that differ. */
import { describe, expect, it } from "vitest";
import type { Answers } from "./answers";
import { compareResults, type Comparison } from "./compare";
import { evaluateAssessment } from "./results";
import { brokenFixture, fixtureQuestionnaire, questionById } from "./test-fixtures/fixture-questionnaire";

const questionnaire = fixtureQuestionnaire;
const order = questionnaire.questions.map((question) => question.id);
const compare = (before: Answers, after: Answers): Comparison =>
  compareResults(evaluateAssessment(questionnaire, before), evaluateAssessment(questionnaire, after), order);
const ids = (risks: readonly { id: string }[]) => risks.map((risk) => risk.id);

const NO_BACKUP: Answers = { "storage.stateful": "yes", "storage.kinds": ["database"], "storage.backup": "none" };
const UNTESTED: Answers = { ...NO_BACKUP, "storage.backup": "untested" };
const TESTED: Answers = { ...NO_BACKUP, "storage.backup": "tested", "storage.restore-drill": "yes" };

describe("compareResults: risks", () => {
  it.each<[string, Answers, Answers, { resolved: string[]; added: string[]; changedBand: string[]; unchanged: string[] }]>([
    ["nothing to compare", {}, {}, { resolved: [], added: [], changedBand: [], unchanged: [] }],
    ["the same answers", NO_BACKUP, NO_BACKUP, { resolved: [], added: [], changedBand: [], unchanged: ["storage.data-loss"] }],
    ["a risk resolved", NO_BACKUP, TESTED, { resolved: ["storage.data-loss"], added: [], changedBand: [], unchanged: [] }],
    ["a risk added", TESTED, NO_BACKUP, { resolved: [], added: ["storage.data-loss"], changedBand: [], unchanged: [] }],
    // 4 × 5 = 20 (critical) to 3 × 5 = 15 (high).
    ["a risk that changed band", NO_BACKUP, UNTESTED, { resolved: [], added: [], changedBand: ["storage.data-loss"], unchanged: [] }],
    [
      "several at once",
      { ...NO_BACKUP, "security.tenancy": "multi-team" },
      { "storage.stateful": "unsure", "security.tenancy": "multi-tenant" },
      { resolved: ["storage.data-loss"], added: ["storage.host-path"], changedBand: ["security.weak-isolation"], unchanged: [] },
    ],
  ])("%s", (_name, before, after, expected) => {
    const comparison = compare(before, after);
    expect({
      resolved: ids(comparison.resolved),
      added: ids(comparison.added),
      changedBand: ids(comparison.changedBand),
      unchanged: ids(comparison.unchanged),
    }).toEqual(expected);
  });

  it("keeps both sides of a change of band", () => {
    const [change] = compare(NO_BACKUP, UNTESTED).changedBand;
    expect(change).toMatchObject({
      id: "storage.data-loss",
      before: { band: "critical", severity: 20 },
      after: { band: "high", severity: 15 },
    });
  });
});

describe("compareResults: readiness", () => {
  it("shows every area then and now, unknown as null", () => {
    expect(compare({}, NO_BACKUP).readiness).toEqual([
      { area: "scope", before: null, after: null },
      { area: "storage", before: null, after: 36 },
      { area: "security", before: null, after: null },
    ]);
    expect(compare(NO_BACKUP, TESTED).readiness).toContainEqual({ area: "storage", before: 36, after: 100 });
  });
});

describe("compareResults: answers", () => {
  it.each<[string, Answers, Answers, { question: string; before: unknown; after: unknown }[]]>([
    ["no difference", NO_BACKUP, NO_BACKUP, []],
    ["a changed answer", NO_BACKUP, UNTESTED, [{ question: "storage.backup", before: "none", after: "untested" }]],
    ["an answer given", {}, { "scope.goal": "cost" }, [{ question: "scope.goal", before: undefined, after: "cost" }]],
    ["an answer taken back", { "scope.pilot": "payments" }, {}, [{ question: "scope.pilot", before: "payments", after: undefined }]],
    [
      "the same choices in another order are the same",
      { "storage.stateful": "yes", "storage.kinds": ["files", "cache"] },
      { "storage.stateful": "yes", "storage.kinds": ["cache", "files"] },
      [],
    ],
    [
      "different choices differ",
      { "storage.stateful": "yes", "storage.kinds": ["files"] },
      { "storage.stateful": "yes", "storage.kinds": ["files", "cache"] },
      [{ question: "storage.kinds", before: ["files"], after: ["files", "cache"] }],
    ],
    [
      "an answer to a question that became hidden no longer counts",
      { "storage.stateful": "yes", "storage.kinds": ["files"] },
      { "storage.stateful": "no", "storage.kinds": ["files"] },
      [
        { question: "storage.stateful", before: "yes", after: "no" },
        { question: "storage.kinds", before: ["files"], after: undefined },
      ],
    ],
    ["an empty answer is no answer", { "scope.pilot": "" }, {}, []],
  ])("%s", (_name, before, after, expected) => {
    expect(compare(before, after).answers).toEqual(expected);
  });

  it("lists changes in the order given", () => {
    const changes = compare(
      { "scope.goal": "cost", "security.tenancy": "single-team" },
      { "scope.goal": "speed", "security.tenancy": "multi-team" },
    );
    expect(changes.answers.map((change) => change.question)).toEqual(["scope.goal", "security.tenancy"]);
    const reversed = compareResults(
      evaluateAssessment(questionnaire, { "scope.goal": "cost" }),
      evaluateAssessment(questionnaire, { "scope.goal": "speed", "scope.pilot": "x" }),
      [...order].reverse(),
    );
    expect(reversed.answers.map((change) => change.question)).toEqual(["scope.pilot", "scope.goal"]);
  });

  it("reads answers only from their own keys", () => {
    const odd = brokenFixture((draft) => {
      questionById("scope.goal", draft).id = "constructor";
    });
    const oddOrder = odd.questions.map((question) => question.id);
    const comparison = compareResults(evaluateAssessment(odd, {}), evaluateAssessment(odd, { constructor: "cost" }), oddOrder);
    expect(comparison.answers).toEqual([{ question: "constructor", before: undefined, after: "cost" }]);
    expect(compareResults(evaluateAssessment(odd, {}), evaluateAssessment(odd, {}), oddOrder).answers).toEqual([]);
  });
});
