/**
 * The hand-written checks against the zod schemas they stand in for, over valid, near-valid
 * and hostile input: both accept or both refuse; what is accepted comes out the same (deep
 * and in key order); and what is refused is refused for the same first reason, in the same
 * words at the same place, since a result link shows those words.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkAnswerValue } from "./answer-shape";
import { answersSchema, answerValueSchema } from "./answers-schema";
import { assessmentSchema, decisionSchema, riskDecisionSchema } from "./assessment-schema";
import {
  checkAssessment,
  checkAssessmentId,
  checkContentVersion,
  checkItemId,
  checkSharedAssessment,
  checkStamp,
} from "./assessment-shape";
import type { Check } from "./check/issue";
import { record } from "./check/object";
import { checkDecision } from "./decision-shape";
import { checkRiskDecision } from "./risk-decision-shape";
import { sharedAssessmentSchema } from "./share/shared-assessment-schema";
import {
  answerValue,
  assessmentLike,
  datetime,
  decision,
  riskDecision,
  hostile,
  recordOf,
  SAVED_FIELDS,
  textNear,
} from "./test-fixtures/arbitrary-shapes";

interface Schema {
  safeParse(
    input: unknown,
  ): { success: true; data: unknown } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

/** Counts of verdicts, so a test can show that it saw both. */
type Tally = { accepted: number; refused: number };

/**
 * A value laid out for comparison: each object's prototype and own keys in order, each
 * number as Object.is sees it. (toStrictEqual ignores key order, which a record saved again
 * keeps, and trips over an own "constructor" key, which a hostile record may have.)
 */
type Layout = string | Layout[];
function layout(value: unknown): Layout {
  if (typeof value === "number") return Object.is(value, -0) ? "number -0" : `number ${value}`;
  if (typeof value !== "object" || value === null) return `${typeof value} ${String(value)}`;
  const prototype: unknown = Object.getPrototypeOf(value);
  const kind = prototype === Object.prototype ? "object" : prototype === Array.prototype ? "array" : prototype === null ? "bare" : "other";
  return [kind, ...Reflect.ownKeys(value).map((key): Layout => [String(key), layout(Object.getOwnPropertyDescriptor(value, key)?.value)])];
}

function agree(schema: Schema, check: Check<unknown>, input: unknown, tally: Tally): void {
  const theirs = schema.safeParse(input);
  const ours = check(input);
  if (theirs.success) {
    tally.accepted += 1;
    expect(ours.ok).toBe(true);
    expect(layout(ours.ok && ours.value)).toEqual(layout(theirs.data));
  } else {
    tally.refused += 1;
    const first = theirs.error.issues[0];
    expect(ours).toStrictEqual({ ok: false, issue: { path: first?.path, message: first?.message } });
  }
}

const RUNS = 3000;

function holds(schema: Schema, check: Check<unknown>, inputs: fc.Arbitrary<unknown>, numRuns = RUNS): Tally {
  const tally: Tally = { accepted: 0, refused: 0 };
  fc.assert(
    fc.property(inputs, (input) => agree(schema, check, input, tally)),
    { numRuns },
  );
  return tally;
}

/** Neither side wins by default: a good share of inputs must go each way. */
function sawBoth(tally: Tally): void {
  const total = tally.accepted + tally.refused;
  expect(tally.accepted / total).toBeGreaterThan(0.15);
  expect(tally.refused / total).toBeGreaterThan(0.15);
}

describe("the hand-written checks agree with the zod schemas", () => {
  it("on a whole saved assessment", () => {
    sawBoth(holds(assessmentSchema, checkAssessment, assessmentLike()));
  });

  it("on what a result link carries", () => {
    const shared = SAVED_FIELDS.filter((field) => field !== "id" && field !== "createdAt" && field !== "evidence");
    sawBoth(holds(sharedAssessmentSchema, checkSharedAssessment, assessmentLike(shared)));
  });

  it("on one answer", () => {
    sawBoth(holds(answerValueSchema, checkAnswerValue, answerValue));
  });

  it("on a set of answers", () => {
    sawBoth(holds(answersSchema, record(checkItemId, checkAnswerValue), recordOf(answerValue)));
  });

  it("on one decision", () => {
    sawBoth(holds(decisionSchema, checkDecision, decision));
  });

  it("on one risk decision", () => {
    sawBoth(holds(riskDecisionSchema, checkRiskDecision, riskDecision));
  });

  it.each<[string, Schema, Check<unknown>, fc.Arbitrary<unknown>]>([
    ["an id", assessmentSchema.shape.id, checkAssessmentId, fc.oneof(textNear(64), hostile)],
    [
      "a date-time",
      assessmentSchema.shape.createdAt,
      checkStamp,
      fc.oneof({ weight: 9, arbitrary: datetime }, { weight: 1, arbitrary: hostile }),
    ],
    ["a content version", assessmentSchema.shape.contentVersion, checkContentVersion, fc.oneof(textNear(32), hostile)],
    ["a name (trimmed)", assessmentSchema.shape.name, assessmentNameCheck(), fc.oneof(textNear(80), hostile)],
  ])("on %s, field by field", (_label, schema, check, inputs) => {
    sawBoth(holds(schema, check, inputs));
  });
});

/** The name's own check, as the assessment check applies it. */
function assessmentNameCheck(): Check<unknown> {
  return (input) => {
    const result = checkAssessment({ ...VALID, name: input });
    if (result.ok) return { ok: true, value: result.value.name };
    return { ok: false, issue: { path: result.issue.path.slice(1), message: result.issue.message } };
  };
}

const VALID = {
  id: "a1",
  name: "Orders",
  createdAt: "2026-11-01T10:00:00.000Z",
  updatedAt: "2026-11-01T10:00:00.000Z",
  contentVersion: "2026.11.1",
  answers: {},
  decisions: {},
};
