/**
 * One deliberately broken fixture per structural failure: the schema, unique ids,
 * references and question order. Each must name the offending id and say what is wrong.
 */
import { describe, expect, it } from "vitest";
import { when } from "../condition";
import { checkContent } from "./check-content";
import { checkBroken, optionsOf, type BrokenCase } from "../test-fixtures/expect-problems";
import { actionById, brokenFixture, fixtureQuestionnaire, questionById, riskById } from "../test-fixtures/fixture-questionnaire";
import { must } from "../test-fixtures/must";

const firstRule = (riskId: string, draft: Parameters<BrokenCase[1]>[0]) => must(riskById(riskId, draft).rules[0], `${riskId} has a rule`);

const schemaCases: BrokenCase[] = [
  // Levels are typed 1–5, so out-of-range values are written the way hand-edited data would carry them.
  [
    "a likelihood of 6",
    (d) => void Object.assign(firstRule("storage.host-path", d), { likelihood: 6 }),
    [["storage.host-path", /\w.*\(at risks\.1\.rules\.0\.likelihood\)/]],
  ],
  [
    "an impact of 0",
    (d) => void Object.assign(firstRule("scope.tool-sprawl", d), { impact: 0 }),
    [["scope.tool-sprawl", /\w.*\(at risks\.2\.rules\.0\.impact\)/]],
  ],
  [
    "a fractional likelihood",
    (d) => void Object.assign(firstRule("security.compliance-gap", d), { likelihood: 2.5 }),
    [["security.compliance-gap", /\w.*\(at risks\.4\.rules\.0\.likelihood\)/]],
  ],
  [
    "a badly formed question id",
    (d) => void (questionById("scope.pilot", d).id = "Scope Pilot"),
    [["Scope Pilot", /ids are lower-case words.*\(at questions\.1\.id\)/]],
  ],
  [
    "a badly formed action id",
    (d) => void (actionById("backups", d).id = "backups_v2"),
    [["backups_v2", /ids are lower-case words.*\(at actions\.2\.id\)/]],
  ],
  ["an empty prompt", (d) => void (questionById("storage.backup", d).prompt = "  "), [["storage.backup", /at questions\.5\.prompt/]]],
  [
    "a risk with no rules",
    (d) => void (riskById("storage.host-path", d).rules = []),
    [["storage.host-path", /Too small.*\(at risks\.1\.rules\)/]],
  ],
  ["an unknown effort", (d) => void Object.assign(actionById("backups", d), { effort: "XL" }), [["backups", /\(at actions\.2\.effort\)/]]],
  ["an unknown key", (d) => void Object.assign(questionById("scope.goal", d), { colour: "red" }), [["scope.goal", /colour/]]],
  [
    "a condition with an unknown operator",
    (d) => void Object.assign(questionById("storage.kinds", d), { when: { op: "matches", question: "storage.stateful" } }),
    [["storage.kinds", /\(at questions\.4\.when(\.op)?\)/]],
  ],
  ["a malformed version", (d) => void (d.version = "v1"), [["version", /versions look like 2026\.11\.1/]]],
  ["no areas at all", (d) => void (d.areas = []), [["areas", /Too small/]]],
];

const duplicateCases: BrokenCase[] = [
  [
    "a duplicate area id",
    (d) => d.areas.push({ ...must(d.areas[0], "an area") }),
    [["scope", /The area id "scope" is used more than once\./]],
  ],
  [
    "a duplicate question id",
    (d) => d.questions.splice(2, 0, { ...questionById("scope.pilot", d), prompt: "Again?" }),
    [["scope.pilot", /The question id "scope.pilot" is used more than once\./]],
  ],
  [
    "a duplicate risk id",
    (d) => d.risks.push({ ...riskById("security.compliance-gap", d) }),
    [["security.compliance-gap", /The risk id "security.compliance-gap" is used more than once\./]],
  ],
  [
    "a duplicate action id",
    (d) => d.actions.push({ ...actionById("restore-drill", d), dependsOn: [] }),
    [["restore-drill", /The action id "restore-drill" is used more than once\./]],
  ],
  [
    "a duplicate phase id",
    (d) => d.phases.push({ id: "production", title: "Again", summary: "Again." }),
    [["production", /The phase id "production" is used more than once\./]],
  ],
  [
    "a duplicate role id",
    (d) => d.roles.push({ id: "security", title: "Again" }),
    [["security", /The role id "security" is used more than once\./]],
  ],
  [
    "a duplicate option id within a question",
    (d) => void optionsOf(questionById("storage.kinds", d)).push({ id: "cache", label: "Cache again" }),
    [["storage.kinds", /The option id "cache" is used more than once in this question\./]],
  ],
];

const referenceCases: BrokenCase[] = [
  [
    "a question's condition reads an unknown question",
    (d) => void (questionById("storage.kinds", d).when = when.equals("storage.stateless", "yes")),
    [["storage.kinds", /refers to the question "storage.stateless", which does not exist/]],
  ],
  [
    "a risk rule reads an unknown question",
    (d) => void (firstRule("storage.host-path", d).when = when.answered("storage.volumes")),
    [["storage.host-path", /refers to the question "storage.volumes", which does not exist/]],
  ],
  [
    "equals with an option the question does not offer",
    (d) => void (questionById("storage.kinds", d).when = when.equals("storage.stateful", "maybe")),
    [["storage.kinds", /refers to option "maybe", which "storage.stateful" does not offer/]],
  ],
  [
    "in with an option the question does not offer",
    (d) => void (questionById("security.compliance", d).when = when.in("security.tenancy", ["multi-team", "shared"])),
    [["security.compliance", /refers to option "shared", which "security.tenancy" does not offer/]],
  ],
  [
    "includes with an option the question does not offer",
    (d) => void (questionById("storage.backup", d).when = when.includes("storage.kinds", "blob")),
    [["storage.backup", /refers to option "blob", which "storage.kinds" does not offer/]],
  ],
  [
    "includes on a single-choice question",
    (d) => void (questionById("storage.kinds", d).when = when.includes("storage.stateful", "yes")),
    [["storage.kinds", /uses "includes" on "storage.stateful", which is not a multiple-choice question/]],
  ],
  [
    "equals on a multiple-choice question",
    (d) => void (firstRule("security.compliance-gap", d).when = when.equals("security.compliance", "pci")),
    [["security.compliance-gap", /compares "security.compliance" with "equals", but it is multiple choice: use "includes"/]],
  ],
  [
    "a scale value above the scale",
    (d) => void (firstRule("scope.tool-sprawl", d).when = when.in("scope.ops-capacity", [5, 6])),
    [["scope.tool-sprawl", /compares "scope.ops-capacity" with 6, outside its scale 1–5/]],
  ],
  [
    "a scale value of 0",
    (d) => void (questionById("security.exceptions", d).when = when.equals("security.isolation", 0)),
    [["security.exceptions", /compares "security.isolation" with 0, outside its scale 1–4/]],
  ],
  [
    "a scale compared with a string",
    (d) => void (firstRule("scope.tool-sprawl", d).when = when.equals("scope.ops-capacity", "3")),
    [["scope.tool-sprawl", /compares "scope.ops-capacity" with "3", outside its scale 1–5/]],
  ],
  [
    "a text answer compared with equals",
    (d) => void (firstRule("storage.host-path", d).when = when.equals("scope.pilot", "billing")),
    [["storage.host-path", /compares the text answer "scope.pilot"; a text answer can only be tested with "answered"/]],
  ],
  [
    "a question in an unknown area",
    (d) => void (questionById("security.exceptions", d).area = "compliance"),
    [["security.exceptions", /belongs to the area "compliance", which does not exist/]],
  ],
  [
    "a risk in an unknown area",
    (d) => void (riskById("storage.host-path", d).area = "hosts"),
    [["storage.host-path", /belongs to the area "hosts", which does not exist/]],
  ],
  // Only the unknown phase is reported, not a made-up "later phase" comparison with it.
  [
    "an action in an unknown phase",
    (d) => void (actionById("backups", d).phase = "later"),
    [["backups", /Its phase "later" does not exist/]],
  ],
  [
    "a dependency in an unknown phase",
    (d) => void (actionById("managed-database", d).phase = "later"),
    [["managed-database", /Its phase "later" does not exist/]],
  ],
  [
    "an action with an unknown owner",
    (d) => void (actionById("backups", d).owner = "dba"),
    [["backups", /Its owner role "dba" does not exist/]],
  ],
  [
    "an action mitigating an unknown risk",
    (d) => void actionById("backups", d).mitigates.push("storage.corruption"),
    [["backups", /It mitigates "storage.corruption", which is not a risk/]],
  ],
  [
    "an action depending on an unknown action",
    (d) => void actionById("backups", d).dependsOn.push("buy-tapes"),
    [["backups", /It depends on "buy-tapes", which is not an action/]],
  ],
];

const orderCases: BrokenCase[] = [
  [
    "a condition reading a later question",
    (d) => void (questionById("storage.stateful", d).when = when.not(when.equals("storage.backup", "none"))),
    [["storage.stateful", /refers to "storage.backup", which is not asked before it/]],
  ],
  [
    "a condition reading its own question",
    (d) => void (questionById("scope.ops-capacity", d).when = when.not(when.answered("scope.ops-capacity"))),
    [["scope.ops-capacity", /refers to "scope.ops-capacity", which is not asked before it/]],
  ],
  [
    "a question listed after a later area's questions",
    (d) => d.questions.push(...d.questions.splice(1, 1)),
    [["scope.pilot", /It is listed after questions of a later area; keep questions in area order\./]],
  ],
  [
    "an area without questions",
    (d) => d.areas.push({ id: "networking", title: "Networking", kind: "technical", challenge: "Networking", summary: "Hosts." }),
    [["networking", /The area has no questions\./]],
  ],
];

describe.each([
  ["schema errors", schemaCases],
  ["duplicate ids", duplicateCases],
  ["unknown references", referenceCases],
  ["question order and areas", orderCases],
])("checkContent reports %s", (_group, cases) => {
  it.each(cases)("%s", (_name, mutate, expected) => {
    const report = checkBroken(brokenFixture(mutate), expected);
    // Structural problems stop the check before the witness search.
    expect(report.witnesses).toEqual([]);
  });
});

it("leaves the fixture itself untouched by broken variants", () => {
  const before = structuredClone(fixtureQuestionnaire);
  for (const [, mutate] of [...schemaCases, ...duplicateCases, ...referenceCases, ...orderCases]) brokenFixture(mutate);
  expect(fixtureQuestionnaire).toEqual(before);
});

describe("checkContent reports question ids outside their area", () => {
  it("names a question whose id does not start with its area", () => {
    const report = checkContent(
      brokenFixture((draft) => {
        const question = draft.questions[0];
        if (question) question.id = "constructor";
      }),
    );
    expect(report.ok).toBe(false);
    expect(report.problems.some((p) => p.id === "constructor" && /must start with its area/.test(p.problem))).toBe(true);
  });
});
