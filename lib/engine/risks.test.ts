import { describe, expect, it } from "vitest";
import type { Answers } from "./answers";
import { when, type Condition } from "./condition";
import type { Risk } from "./questionnaire";
import { evaluateRisk, evaluateRisks } from "./risks";
import type { Level } from "./scoring";
import { fixtureQuestionnaire, riskById } from "./test-fixtures/fixture-questionnaire";
import { resolveVisibility } from "./visibility";

const HOLDS = when.equals("a", "yes");
const FAILS = when.equals("a", "no");
const answers: Answers = { a: "yes" };

type RuleSpec = [condition: Condition, likelihood: Level, impact: Level];

function makeRisk(id: string, rules: RuleSpec[]): Risk {
  return {
    id,
    area: "area",
    title: `Risk ${id}`,
    description: "What goes wrong.",
    affects: "Someone",
    rules: rules.map(([condition, likelihood, impact], index) => ({
      when: condition,
      likelihood,
      impact,
      reason: `rule ${index}`,
    })),
  };
}

describe("evaluateRisk: the most severe matching rule wins", () => {
  it.each<[string, RuleSpec[], { rule: number; likelihood: number; impact: number; severity: number } | undefined]>([
    ["one matching rule", [[HOLDS, 2, 3]], { rule: 0, likelihood: 2, impact: 3, severity: 6 }],
    ["no matching rule raises nothing", [[FAILS, 5, 5]], undefined],
    [
      "a later, more severe rule",
      [
        [HOLDS, 2, 2],
        [HOLDS, 4, 5],
      ],
      { rule: 1, likelihood: 4, impact: 5, severity: 20 },
    ],
    [
      "an earlier, more severe rule",
      [
        [HOLDS, 5, 5],
        [HOLDS, 1, 1],
      ],
      { rule: 0, likelihood: 5, impact: 5, severity: 25 },
    ],
    [
      "a more severe rule that does not match is skipped",
      [
        [FAILS, 5, 5],
        [HOLDS, 3, 3],
        [HOLDS, 1, 2],
      ],
      { rule: 1, likelihood: 3, impact: 3, severity: 9 },
    ],
    // Ties on severity: the higher likelihood wins, whichever rule comes first…
    [
      "tie: the later rule has the higher likelihood",
      [
        [HOLDS, 2, 3],
        [HOLDS, 3, 2],
      ],
      { rule: 1, likelihood: 3, impact: 2, severity: 6 },
    ],
    [
      "tie: the earlier rule has the higher likelihood",
      [
        [HOLDS, 3, 2],
        [HOLDS, 2, 3],
      ],
      { rule: 0, likelihood: 3, impact: 2, severity: 6 },
    ],
    [
      "tie three ways on severity 4",
      [
        [HOLDS, 1, 4],
        [HOLDS, 2, 2],
        [HOLDS, 4, 1],
      ],
      { rule: 2, likelihood: 4, impact: 1, severity: 4 },
    ],
    // …and identical scores go to the earlier rule.
    [
      "identical scores: the earlier rule",
      [
        [HOLDS, 3, 3],
        [HOLDS, 3, 3],
      ],
      { rule: 0, likelihood: 3, impact: 3, severity: 9 },
    ],
    [
      "identical scores after a failing rule",
      [
        [FAILS, 3, 3],
        [HOLDS, 3, 3],
        [HOLDS, 3, 3],
      ],
      { rule: 1, likelihood: 3, impact: 3, severity: 9 },
    ],
  ])("%s", (_name, rules, expected) => {
    const raised = evaluateRisk(makeRisk("r", rules), answers);
    if (expected === undefined) {
      expect(raised).toBeUndefined();
      return;
    }
    expect(raised).toMatchObject({ ...expected, id: "r", area: "area", reason: `rule ${expected.rule}` });
  });

  it("picks the same scores whatever order equal-severity rules are listed in", () => {
    const rules: RuleSpec[] = [
      [HOLDS, 2, 3],
      [HOLDS, 3, 2],
      [HOLDS, 1, 5],
    ];
    const forward = evaluateRisk(makeRisk("r", rules), answers);
    const backward = evaluateRisk(makeRisk("r", [...rules].reverse()), answers);
    expect([forward?.likelihood, forward?.impact]).toEqual([3, 2]);
    expect([backward?.likelihood, backward?.impact]).toEqual([3, 2]);
  });
});

describe("evaluateRisk: the explanation is the answers that made the winning rule true", () => {
  const effective = (answers: Answers) => resolveVisibility(fixtureQuestionnaire, answers).effective;

  it.each<[string, string, Answers, number | undefined, [string, Answers[string] | undefined][]]>([
    [
      "a combined rule names both answers",
      "storage.data-loss",
      { "storage.stateful": "yes", "storage.kinds": ["files", "database"], "storage.backup": "none" },
      0,
      [
        ["storage.kinds", ["files", "database"]],
        ["storage.backup", "none"],
      ],
    ],
    [
      "only the winning rule explains, not a weaker rule that also matched",
      "storage.data-loss",
      { "storage.stateful": "yes", "storage.kinds": ["database"], "storage.backup": "untested", "storage.restore-drill": "no" },
      1,
      [
        ["storage.kinds", ["database"]],
        ["storage.backup", "untested"],
      ],
    ],
    [
      "a `not answered` names the question left unanswered",
      "security.weak-isolation",
      { "security.tenancy": "multi-tenant", "security.compliance": ["gdpr"] },
      0,
      [
        ["security.tenancy", "multi-tenant"],
        ["security.isolation", undefined],
      ],
    ],
    [
      "an `any` names only the branch that held",
      "security.weak-isolation",
      { "security.tenancy": "multi-tenant", "security.compliance": ["pci"], "security.isolation": 2 },
      0,
      [
        ["security.tenancy", "multi-tenant"],
        ["security.isolation", 2],
      ],
    ],
    [
      "strong isolation means the risk is not raised",
      "security.weak-isolation",
      { "security.tenancy": "multi-tenant", "security.compliance": ["pci"], "security.isolation": 4 },
      undefined,
      [],
    ],
    [
      "answers to hidden questions raise nothing",
      "storage.data-loss",
      { "storage.stateful": "no", "storage.kinds": ["database"], "storage.backup": "none", "storage.restore-drill": "no" },
      undefined,
      [],
    ],
  ])("%s", (_name, riskId, answers, rule, because) => {
    const raised = evaluateRisk(riskById(riskId), effective(answers));
    expect(raised?.rule).toBe(rule);
    expect(raised?.because ?? []).toEqual(because.map(([question, answer]) => ({ question, answer })));
  });
});

describe("evaluateRisks: most severe first", () => {
  it("orders by severity, then likelihood, then content order, and leaves out what did not match", () => {
    const risks = [
      makeRisk("low", [[HOLDS, 2, 2]]),
      makeRisk("critical", [[HOLDS, 4, 4]]),
      makeRisk("high-l3", [[HOLDS, 3, 4]]),
      makeRisk("high-l4", [[HOLDS, 4, 3]]),
      makeRisk("not-raised", [[FAILS, 5, 5]]),
      makeRisk("high-l3-later", [[HOLDS, 3, 4]]),
    ];
    expect(evaluateRisks({ risks }, answers).map((risk) => risk.id)).toEqual(["critical", "high-l4", "high-l3", "high-l3-later", "low"]);
  });

  it("orders the fixture's risks for a realistic answer set", () => {
    const { effective } = resolveVisibility(fixtureQuestionnaire, {
      "scope.goal": "portability",
      "scope.ops-capacity": 2,
      "storage.stateful": "yes",
      "storage.kinds": ["database"],
      "storage.backup": "none",
      "security.tenancy": "multi-tenant",
      "security.compliance": ["pci"],
      "security.isolation": 1,
    });
    expect(evaluateRisks(fixtureQuestionnaire, effective).map((risk) => [risk.id, risk.severity, risk.band])).toEqual([
      ["storage.data-loss", 20, "critical"],
      ["security.weak-isolation", 16, "critical"],
      ["scope.tool-sprawl", 12, "high"],
      ["security.compliance-gap", 12, "high"],
    ]);
  });

  it("raises nothing for no answers", () => {
    expect(evaluateRisks(fixtureQuestionnaire, {})).toEqual([]);
  });
});
