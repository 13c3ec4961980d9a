/**
 * Properties of the plan over random sets of raised risks (the fixture's risks, a random
 * subset, random likelihood and impact), and over random acyclic action graphs.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildPlan, type Plan, type PlannedAction, type Priority } from "./plan";
import type { Action, Questionnaire } from "./questionnaire";
import type { RaisedRisk } from "./risks";
import { bandOf, bandRank, LEVELS, severityOf } from "./scoring";
import { brokenFixture, fixtureQuestionnaire } from "./test-fixtures/fixture-questionnaire";

const RUNS = { numRuns: 200 };
const level = fc.constantFrom(...LEVELS);

function raisedRisksOf(content: Pick<Questionnaire, "risks">): fc.Arbitrary<RaisedRisk[]> {
  return fc.shuffledSubarray(content.risks.map((risk) => risk.id)).chain((chosen) =>
    fc.tuple(...chosen.map((id) => fc.tuple(fc.constant(id), level, level))).map((entries) =>
      entries.map(([id, likelihood, impact]): RaisedRisk => {
        const severity = severityOf(likelihood, impact);
        return { id, area: "area", likelihood, impact, severity, band: bandOf(severity), rule: 0, reason: "random", because: [] };
      }),
    ),
  );
}

/**
 * A random acyclic action graph in random content order: each action may depend only on
 * actions made before it, in its own or an earlier phase (as the content check demands).
 */
const randomContent: fc.Arbitrary<Questionnaire> = fc
  .integer({ min: 1, max: 9 })
  .chain((count) =>
    fc.tuple(
      fc.array(
        fc.record({
          phase: fc.integer({ min: 0, max: 2 }),
          owner: fc.constantFrom("architecture", "operations", "security"),
          effort: fc.constantFrom("S" as const, "M" as const, "L" as const),
          mitigates: fc.subarray(
            fixtureQuestionnaire.risks.map((risk) => risk.id),
            { maxLength: 2 },
          ),
          baseline: fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
          dependsOn: fc.subarray([...Array(count).keys()], { maxLength: Math.min(3, count) }),
        }),
        { minLength: count, maxLength: count },
      ),
      fc.shuffledSubarray([...Array(count).keys()], { minLength: count }),
    ),
  )
  .map(([specs, contentOrder]) => {
    const phases = fixtureQuestionnaire.phases.map((phase) => phase.id);
    // Phases never decrease along a dependency: take the max of own and dependencies' phases.
    const phaseOf: number[] = [];
    const actions = specs.map((spec, index): Action => {
      const dependsOn = spec.dependsOn.filter((dep) => dep < index);
      phaseOf[index] = Math.max(spec.phase, ...dependsOn.map((dep) => phaseOf[dep] ?? 0));
      return {
        id: `a${index}`,
        title: `Action ${index}`,
        detail: "Do it.",
        phase: phases[phaseOf[index] ?? 0] ?? "decide",
        owner: spec.owner,
        effort: spec.effort,
        mitigates: spec.mitigates,
        dependsOn: dependsOn.map((dep) => `a${dep}`),
        ...(spec.baseline ? { baseline: true } : {}),
      };
    });
    return brokenFixture((draft) => {
      draft.actions = contentOrder.flatMap((index) => actions[index] ?? []);
    });
  });

const contentAndRisks = fc.oneof(
  raisedRisksOf(fixtureQuestionnaire).map((risks) => ({ content: fixtureQuestionnaire, risks })),
  randomContent.chain((content) => raisedRisksOf(content).map((risks) => ({ content, risks }))),
);

const all = (plan: Plan): PlannedAction[] => plan.phases.flatMap((phase) => phase.actions);
const rank = (priority: Priority): number => (priority === "baseline" ? 0 : bandRank(priority));

describe("plan properties", () => {
  it("plans every dependency, and earlier in the whole plan", () => {
    fc.assert(
      fc.property(contentAndRisks, ({ content, risks }) => {
        const plan = all(buildPlan(content, risks));
        const position = new Map(plan.map((action, index) => [action.id, index]));
        plan.forEach((action, index) => {
          expect(action.order).toBe(index + 1);
          for (const dependency of action.dependsOn) expect(position.get(dependency)).toBeLessThan(index);
        });
      }),
      RUNS,
    );
  });

  it("plans exactly the mitigations, the baseline and what they need", () => {
    fc.assert(
      fc.property(contentAndRisks, ({ content, risks }) => {
        const raised = new Set(risks.map((risk) => risk.id));
        const planned = new Map(all(buildPlan(content, risks)).map((action) => [action.id, action]));
        for (const action of content.actions) {
          const wanted = action.baseline === true || action.mitigates.some((id) => raised.has(id));
          const needed = [...planned.values()].some((other) => other.dependsOn.includes(action.id));
          expect(planned.has(action.id)).toBe(wanted || needed);
        }
      }),
      RUNS,
    );
  });

  it("never gains an action when a raised risk goes away", () => {
    const withDropped = contentAndRisks.chain(({ content, risks }) =>
      fc.nat({ max: Math.max(0, risks.length - 1) }).map((drop) => ({ content, risks, fewer: risks.filter((_, i) => i !== drop) })),
    );
    fc.assert(
      fc.property(withDropped, ({ content, risks, fewer }) => {
        const before = new Set(all(buildPlan(content, risks)).map((action) => action.id));
        for (const action of all(buildPlan(content, fewer))) expect(before.has(action.id)).toBe(true);
      }),
      RUNS,
    );
  });

  it("gives the same plan for the same risks, in any order", () => {
    const shuffled = contentAndRisks.chain(({ content, risks }) =>
      fc.shuffledSubarray(risks, { minLength: risks.length }).map((reordered) => ({ content, risks, reordered })),
    );
    fc.assert(
      fc.property(shuffled, ({ content, risks, reordered }) => {
        const plan = buildPlan(content, risks);
        expect(buildPlan(content, risks)).toEqual(plan);
        expect(buildPlan(content, reordered)).toEqual(plan);
      }),
      RUNS,
    );
  });

  it("rates each action by its worst raised risk, lifted to what needs it", () => {
    fc.assert(
      fc.property(contentAndRisks, ({ content, risks }) => {
        const plan = all(buildPlan(content, risks));
        const byId = new Map(plan.map((action) => [action.id, action]));
        for (const action of plan) {
          const own = Math.max(0, ...action.mitigates.map((risk) => bandRank(risk.band)));
          const fromDependents = action.neededBy.map((id) => rank(byId.get(id)?.priority ?? "baseline"));
          expect(rank(action.priority)).toBe(Math.max(own, ...fromDependents));
        }
      }),
      RUNS,
    );
  });

  it("orders each phase by priority, breaking content order only for a dependency", () => {
    fc.assert(
      fc.property(contentAndRisks, ({ content, risks }) => {
        const contentOrder = new Map(content.actions.map((action, index) => [action.id, index]));
        for (const phase of buildPlan(content, risks).phases) {
          phase.actions.forEach((action, index) => {
            const next = phase.actions[index + 1];
            if (!next) return;
            expect(rank(action.priority)).toBeGreaterThanOrEqual(rank(next.priority));
            const outOfContentOrder = (contentOrder.get(next.id) ?? 0) < (contentOrder.get(action.id) ?? 0);
            if (action.priority === next.priority && outOfContentOrder) expect(next.dependsOn).toContain(action.id);
          });
        }
      }),
      RUNS,
    );
  });

  it("keeps phases in content order and adds the summary up", () => {
    fc.assert(
      fc.property(contentAndRisks, ({ content, risks }) => {
        const plan = buildPlan(content, risks);
        expect(plan.phases.map((phase) => phase.phase)).toEqual(content.phases.map((phase) => phase.id));
        const phaseIndex = plan.phases.flatMap((phase, index) => phase.actions.map(() => index));
        expect(phaseIndex).toEqual([...phaseIndex].sort((a, b) => a - b));
        const actions = all(plan);
        const { summary } = plan;
        const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
        expect(summary.total).toBe(actions.length);
        expect(sum(summary.byPhase)).toBe(summary.total);
        expect(sum(summary.byOwner)).toBe(summary.total);
        expect(summary.byEffort.S + summary.byEffort.M + summary.byEffort.L).toBe(summary.total);
        plan.phases.forEach((phase) => expect(summary.byPhase[phase.phase]).toBe(phase.actions.length));
        expect(summary.personDays).toBe(2 * summary.byEffort.S + 8 * summary.byEffort.M + 25 * summary.byEffort.L);
      }),
      RUNS,
    );
  });
});
