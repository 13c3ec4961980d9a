/**
 * One deliberately broken fixture per failure found by the plan checks (mitigation,
 * cycles, phases) and by the witness search (questions never shown, rules never raised).
 */
import { describe, expect, it } from "vitest";
import { when } from "../condition";
import { checkBroken, type BrokenCase } from "../test-fixtures/expect-problems";
import { actionById, brokenFixture, questionById, riskById } from "../test-fixtures/fixture-questionnaire";
import { must } from "../test-fixtures/must";

const rule = (riskId: string, index: number, draft: Parameters<BrokenCase[1]>[0]) =>
  must(riskById(riskId, draft).rules[index], `${riskId} has rule ${index}`);

const planCases: BrokenCase[] = [
  [
    "a risk nobody mitigates",
    (d) => void (actionById("image-scanning", d).mitigates = []),
    [["security.compliance-gap", /No action mitigates this risk\./]],
  ],
  [
    "a two-action dependency cycle within one phase",
    (d) => void actionById("managed-database", d).dependsOn.push("backups"),
    [["managed-database", /Actions depend on each other in a cycle: managed-database → backups → managed-database\./]],
  ],
  [
    "an action depending on itself",
    (d) => void actionById("image-scanning", d).dependsOn.push("image-scanning"),
    [["image-scanning", /in a cycle: image-scanning → image-scanning\./]],
  ],
  [
    "a long cycle that also runs back across phases",
    (d) => void actionById("pick-pilot", d).dependsOn.push("restore-drill"),
    [
      ["pick-pilot", /in a cycle: pick-pilot → restore-drill → backups → managed-database → pick-pilot\./],
      ["pick-pilot", /It depends on "restore-drill", which comes in a later phase \("production"\)\./],
    ],
  ],
  [
    "a dependency on a later phase",
    (d) => void actionById("managed-database", d).dependsOn.push("sandboxed-runtime"),
    [["managed-database", /It depends on "sandboxed-runtime", which comes in a later phase \("production"\)\./]],
  ],
];

const NEVER_SHOWN = /No set of answers shows this question: its condition can never hold\./;
const NEVER_RAISED = /No set of answers raises this risk rule: its condition can never hold on answers that count\./;

const reachabilityCases: BrokenCase[] = [
  [
    "a question whose condition contradicts itself",
    (d) =>
      void (questionById("security.exceptions", d).when = when.all(
        when.equals("security.tenancy", "single-team"),
        when.equals("security.tenancy", "multi-tenant"),
      )),
    [["security.exceptions", NEVER_SHOWN]],
  ],
  [
    "a question that needs an answer and no answer at once",
    (d) => void (questionById("scope.pilot", d).when = when.all(when.answered("scope.goal"), when.not(when.answered("scope.goal")))),
    [["scope.pilot", NEVER_SHOWN]],
  ],
  [
    "a question needing an answer its parent's visibility rules out, and everything below it",
    (d) =>
      void (questionById("storage.backup", d).when = when.all(
        when.includes("storage.kinds", "database"),
        when.equals("storage.stateful", "no"),
      )),
    [
      ["storage.backup", NEVER_SHOWN],
      ["storage.restore-drill", NEVER_SHOWN],
      ["storage.data-loss (rule 1)", NEVER_RAISED],
      ["storage.data-loss (rule 2)", NEVER_RAISED],
      ["storage.data-loss (rule 3)", NEVER_RAISED],
    ],
  ],
  [
    "a single-rule risk whose rule contradicts itself (named by the risk id)",
    (d) =>
      void (rule("storage.host-path", 0, d).when = when.all(
        when.equals("storage.stateful", "unsure"),
        when.not(when.in("storage.stateful", ["unsure"])),
      )),
    [["storage.host-path", NEVER_RAISED]],
  ],
  [
    "a rule that only holds on answers that do not count (the follow-up is hidden)",
    (d) =>
      void (rule("security.weak-isolation", 1, d).when = when.all(
        when.equals("security.tenancy", "single-team"),
        when.includes("security.compliance", "gdpr"),
      )),
    [["security.weak-isolation (rule 2)", NEVER_RAISED]],
  ],
  [
    "a rule whose second answer hides its first (it holds on raw answers, never on those that count)",
    (d) =>
      void (rule("storage.data-loss", 2, d).when = when.all(
        when.equals("storage.restore-drill", "no"),
        when.equals("storage.backup", "none"),
      )),
    [["storage.data-loss (rule 3)", NEVER_RAISED]],
  ],
  [
    "a rule that wants two scale points at once",
    (d) =>
      void (rule("scope.tool-sprawl", 0, d).when = when.all(when.equals("scope.ops-capacity", 1), when.equals("scope.ops-capacity", 5))),
    [["scope.tool-sprawl", NEVER_RAISED]],
  ],
];

describe.each([
  ["plan problems", planCases],
  ["unreachable questions and rules", reachabilityCases],
])("checkContent reports %s", (_group, cases) => {
  it.each(cases)("%s", (_name, mutate, expected) => {
    checkBroken(brokenFixture(mutate), expected);
  });
});

describe("a failed search still proves what it can", () => {
  it("keeps witnesses for every question and rule that is reachable", () => {
    const report = checkBroken(
      brokenFixture(
        (d) =>
          void (questionById("security.exceptions", d).when = when.all(when.answered("scope.goal"), when.not(when.answered("scope.goal")))),
      ),
      [["security.exceptions", NEVER_SHOWN]],
    );
    const ids = report.witnesses.map((witness) => witness.id);
    expect(ids).toContain("security.isolation");
    expect(ids).toContain("security.compliance-gap");
    expect(ids).not.toContain("security.exceptions");
  });
});
