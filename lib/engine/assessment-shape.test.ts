/**
 * The hand-written checks rule by rule, at each boundary: the verdict, and for a refusal
 * the place and zod's words. Every row is also put to the zod schema it stands in for, so
 * the table cannot drift from what zod says.
 */
import { describe, expect, it } from "vitest";
import { checkAnswerValue } from "./answer-shape";
import { answerValueSchema } from "./answers-schema";
import { assessmentSchema, decisionSchema } from "./assessment-schema";
import { checkAssessment, checkSharedAssessment } from "./assessment-shape";
import type { Checked } from "./check/issue";
import { objectOf } from "./test-fixtures/arbitrary-shapes";
import { checkDecision } from "./decision-shape";
import { sharedAssessmentSchema } from "./share/shared-assessment-schema";

const VALID = {
  id: "a1",
  name: "Orders",
  createdAt: "2026-11-01T10:00:00.000Z",
  updatedAt: "2026-11-01T10:00:00.000Z",
  contentVersion: "2026.11.1",
  answers: {},
  decisions: {},
};

/** Refused at `path`, in zod's words. */
type Refusal = [path: PropertyKey[], message: string];

function expectVerdict(
  result: Checked<unknown>,
  zod: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } },
  refusal: Refusal | null,
) {
  if (refusal === null) {
    expect(result.ok).toBe(true);
    expect(zod.success).toBe(true);
    return;
  }
  const [path, message] = refusal;
  expect(result).toEqual({ ok: false, issue: { path, message } });
  expect(zod.error?.issues[0]).toMatchObject({ path, message });
}

const x = (length: number) => "x".repeat(length);
const emoji = (length: number) => "😀".repeat(length);
const TOO_BIG = (max: number) => `Too big: expected string to have <=${max} characters`;
const TOO_SMALL = "Too small: expected string to have >=1 characters";
const STRING = (received: string) => `Invalid input: expected string, received ${received}`;

describe("a saved assessment, field by field", () => {
  it.each<[string, Record<string, unknown>, Refusal | null]>([
    ["as it should be", {}, null],
    ["an id of 1", { id: "a" }, null],
    ["an id of 64", { id: x(64) }, null],
    ["an id of 64 emoji (128 UTF-16 units)", { id: emoji(64) }, null],
    ["an empty id", { id: "" }, [["id"], TOO_SMALL]],
    ["an id of 65", { id: x(65) }, [["id"], TOO_BIG(64)]],
    ["an id that is a number", { id: 7 }, [["id"], STRING("number")]],
    ["no id", { id: undefined }, [["id"], STRING("undefined")]],
    ["a name of 80 after trimming", { name: `  ${x(80)}\n` }, null],
    ["a name of 81", { name: x(81) }, [["name"], TOO_BIG(80)]],
    ["a name of spaces", { name: " \t\n " }, [["name"], TOO_SMALL]],
    ["an invisible name (not a form's rule)", { name: "\u200B" }, null],
    ["a name that is null", { name: null }, [["name"], STRING("null")]],
    ["an assessor of 80", { assessor: x(80) }, null],
    ["an empty assessor", { assessor: "" }, null],
    ["an assessor of 81", { assessor: x(81) }, [["assessor"], TOO_BIG(80)]],
    ["an assessor that is a list", { assessor: ["Ana"] }, [["assessor"], STRING("array")]],
    ["a content version of 32", { contentVersion: x(32) }, null],
    ["a content version of 33", { contentVersion: x(33) }, [["contentVersion"], TOO_BIG(32)]],
    ["an empty content version", { contentVersion: "" }, [["contentVersion"], TOO_SMALL]],
    ["answers that are a list", { answers: [] }, [["answers"], "Invalid input: expected record, received array"]],
    ["decisions that are a date", { decisions: new Date(0) }, [["decisions"], "Invalid input: expected record, received Date"]],
    ["an unknown field", { title: "Orders" }, [[], 'Unrecognized key: "title"']],
    ["two unknown fields", { title: "Orders", notes: "" }, [[], 'Unrecognized keys: "title", "notes"']],
  ])("%s", (_label, change, refusal) => {
    const input = { ...VALID, ...change };
    expectVerdict(checkAssessment(input), assessmentSchema.safeParse(input), refusal);
  });

  it("checks fields in order and reports the first problem, before any unknown field", () => {
    const input = { ...VALID, extra: 1, contentVersion: "", id: "" };
    expectVerdict(checkAssessment(input), assessmentSchema.safeParse(input), [["id"], TOO_SMALL]);
  });

  it("refuses an own __proto__ key as unknown", () => {
    const input = objectOf([...Object.entries(VALID), ["__proto__", { id: "x" }]]);
    expectVerdict(checkAssessment(input), assessmentSchema.safeParse(input), [[], 'Unrecognized key: "__proto__"']);
  });

  it.each<[string, unknown, string]>([
    ["null", null, "null"],
    ["a list", [], "array"],
    ["text", "{}", "string"],
    ["NaN", Number.NaN, "NaN"],
  ])("refuses %s for an object", (_label, input, received) => {
    expectVerdict(checkAssessment(input), assessmentSchema.safeParse(input), [[], `Invalid input: expected object, received ${received}`]);
  });

  it("returns the name trimmed, and everything else as it was", () => {
    expect(checkAssessment({ ...VALID, name: "  Orders  ", assessor: "Ana" })).toEqual({ ok: true, value: { ...VALID, assessor: "Ana" } });
  });
});

describe("a date-time, as z.iso.datetime() takes it", () => {
  it.each<[string, boolean]>([
    ["2026-11-01T10:00:00.000Z", true],
    ["2026-11-01T10:00:00Z", true],
    ["2026-11-01T10:00:00.123456789Z", true],
    ["2024-02-29T00:00:00Z", true],
    ["2000-02-29T00:00:00Z", true],
    ["1900-02-29T00:00:00Z", false],
    ["2023-02-29T00:00:00Z", false],
    ["2026-04-31T00:00:00Z", false],
    ["2026-11-01T24:00:00Z", false],
    ["2026-11-01T10:60:00Z", false],
    ["2026-11-01T10:00:60Z", false],
    ["2026-11-01T10:00Z", false],
    ["2026-11-01T10:00:00.Z", false],
    ["2026-11-01T10:00:00", false],
    ["2026-11-01T10:00:00+00:00", false],
    ["2026-11-01T10:00:00z", false],
    ["2026-11-01t10:00:00Z", false],
    ["2026-11-01 10:00:00Z", false],
    ["+002026-11-01T10:00:00Z", false],
    ["2026-11-01", false],
  ])("%s → %s", (stamp, ok) => {
    const input = { ...VALID, createdAt: stamp };
    expectVerdict(checkAssessment(input), assessmentSchema.safeParse(input), ok ? null : [["createdAt"], "Invalid ISO datetime"]);
  });
});

describe("an answer", () => {
  const INVALID = "Invalid input";
  it.each<[string, unknown, Refusal | null]>([
    ["text of 500", x(500), null],
    ["text of 500 emoji", emoji(500), null],
    ["text of 501", x(501), [[], TOO_BIG(500)]],
    ["empty text", "", null],
    ["a list of 50", Array(50).fill("a"), null],
    ["a list of 51 (refused outright: no one kind fits on its limits alone)", Array(51).fill("a"), [[], INVALID]],
    ["an option id of 100", [x(100)], null],
    ["an option id of 101, second in the list", ["a", x(101)], [[1], TOO_BIG(100)]],
    ["a list with a number in it", ["a", 1], [[], INVALID]],
    ["a list with a hole in it", [, "a"], [[], INVALID]],
    ["a scale point of 0", 0, null],
    ["a scale point of 100", 100, null],
    ["a scale point of -1", -1, [[], "Too small: expected number to be >=0"]],
    ["a scale point of 101", 101, [[], "Too big: expected number to be <=100"]],
    ["a fraction", 1.5, [[], INVALID]],
    ["NaN", Number.NaN, [[], INVALID]],
    ["infinity", Number.POSITIVE_INFINITY, [[], INVALID]],
    ["beyond the safe integers", 2 ** 53, [[], "Too big: expected int to be <=9007199254740991"]],
    ["below the safe integers", -(2 ** 53), [[], "Too small: expected int to be >=-9007199254740991"]],
    ["null", null, [[], INVALID]],
    ["an object", { a: 1 }, [[], INVALID]],
  ])("%s", (_label, value, refusal) => {
    expectVerdict(checkAnswerValue(value), answerValueSchema.safeParse(value), refusal);
  });

  it.each<[string, Record<string, unknown>, Refusal | null]>([
    ["a question id of 100", objectOf([[x(100), "a"]]), null],
    ["a question id of 101", objectOf([[x(101), "a"]]), [["answers", x(101)], "Invalid key in record"]],
    ["a bad value, placed under its question", { "scope.goal": null }, [["answers", "scope.goal"], INVALID]],
    ["a constructor answer", objectOf([["constructor", "a"]]), null],
  ])("in a set of answers: %s", (_label, answers, refusal) => {
    const input = { ...VALID, answers };
    expectVerdict(checkAssessment(input), assessmentSchema.safeParse(input), refusal);
  });

  it("leaves out an own __proto__ answer, as zod does, rather than setting a prototype", () => {
    const input = {
      ...VALID,
      answers: objectOf([
        ["__proto__", ["a"]],
        ["scope.goal", "speed"],
      ]),
    };
    const result = checkAssessment(input);
    expect(result.ok && Object.getPrototypeOf(result.value.answers)).toBe(Object.prototype);
    expect(result.ok && Object.keys(result.value.answers)).toEqual(["scope.goal"]);
    expect(assessmentSchema.parse(input).answers).toEqual({ "scope.goal": "speed" });
  });
});

describe("a decision", () => {
  it.each<[string, unknown, Refusal | null]>([
    ["open", { status: "open" }, null],
    ["done with everything", { status: "done", reason: x(1000), person: x(80), note: x(1000) }, null],
    ["an unknown status", { status: "closed" }, [["status"], 'Invalid option: expected one of "open"|"done"|"not-applicable"']],
    ["no status", {}, [["status"], 'Invalid option: expected one of "open"|"done"|"not-applicable"']],
    ["a reason of 1001", { status: "not-applicable", reason: x(1001) }, [["reason"], TOO_BIG(1000)]],
    ["a person of 81", { status: "open", person: x(81) }, [["person"], TOO_BIG(80)]],
    ["a note of 1001", { status: "open", note: x(1001) }, [["note"], TOO_BIG(1000)]],
    ["a note that is a number", { status: "open", note: 3 }, [["note"], STRING("number")]],
    ["an unknown field", { status: "open", owner: "Ana" }, [[], 'Unrecognized key: "owner"']],
    ["a class instance", new (class Decision {})(), [["status"], 'Invalid option: expected one of "open"|"done"|"not-applicable"']],
  ])("%s", (_label, value, refusal) => {
    expectVerdict(checkDecision(value), decisionSchema.safeParse(value), refusal);
  });

  it("keeps a field present as undefined, as zod does", () => {
    const result = checkDecision({ status: "open", note: undefined });
    expect(result.ok && Object.keys(result.value)).toEqual(["status", "note"]);
  });
});

describe("a shared assessment", () => {
  const { id: _id, createdAt: _createdAt, ...shared } = VALID;
  it.each<[string, Record<string, unknown>, Refusal | null]>([
    ["as a link carries it", {}, null],
    ["with the id a link never carries", { id: "a1" }, [[], 'Unrecognized key: "id"']],
    ["with a bad date", { updatedAt: "yesterday" }, [["updatedAt"], "Invalid ISO datetime"]],
  ])("%s", (_label, change, refusal) => {
    const input = { ...shared, ...change };
    expectVerdict(checkSharedAssessment(input), sharedAssessmentSchema.safeParse(input), refusal);
  });
});
