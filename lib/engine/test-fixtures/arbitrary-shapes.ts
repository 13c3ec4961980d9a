/**
 * fast-check arbitraries for what may sit in storage or come out of a tampered link: valid
 * assessments, ones a step away from valid (every limit at, one under and one over, in
 * UTF-16 units and in code points), and hostile values (wrong types, extra and inherited
 * keys, an own `__proto__` or `constructor`, class instances, symbol keys, holes).
 * For holding the hand-written checks (assessment-shape.ts) to the zod schemas.
 */
import fc from "fast-check";
import { datetime } from "./arbitrary-datetime";

export { datetime };

/** Builds an object from entries as JSON.parse would: an own "__proto__" stays an own key. */
export function objectOf(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
}

class Custom {
  readonly status = "open";
}

/** Values of every kind a check may meet, including those JSON never makes. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    true,
    false,
    0,
    -0,
    1,
    -1,
    1.5,
    100,
    101,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    2 ** 53,
    -(2 ** 53),
    1e21,
    "",
    " ",
    "open",
    "2026-01-01T00:00:00Z",
    [],
    [""],
    {},
  ),
  fc.constant(null).map(() => new Date(0)),
  fc.constant(null).map(() => new Map()),
  fc.constant(null).map(() => new Custom()),
  fc.constant(null).map(() => Object.create(null) as object),
  fc.constant(null).map(() => Object.create({ inherited: "x" }) as object),
  fc.constant(null).map(() => [, "a"]),
  fc.constant(null).map(() => ({ length: 5 })),
  fc.constant(null).map(() => ({ constructor: "x" })),
  fc.constant(10n),
  fc.constant(Symbol("s")),
  fc.string({ maxLength: 5 }),
  fc.integer(),
  fc.double(),
);

/** Keys that trip up objects built by assignment, and ordinary ones. */
export const trickyKey = fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "0", "10", "-1", "length");

/** Text of about `limit` characters: at it, one under, one over, counted in units or in code points. */
export function textNear(limit: number): fc.Arbitrary<string> {
  const lengths = fc.constantFrom(...new Set([0, 1, 2, Math.max(0, limit - 1), limit, limit + 1]));
  const unit = fc.constantFrom("x", " ", "é", "😀", "\uD800", "\uDC00", "\u200B", "\t", "\n");
  return fc.oneof(
    fc.tuple(lengths, unit).map(([length, char]) => char.repeat(length)),
    fc
      .tuple(lengths, fc.array(unit, { minLength: 1, maxLength: 4 }))
      .map(([length, chars]) => Array.from({ length }, (_, index) => chars[index % chars.length] ?? "").join("")),
    // Padded with spaces, for the trimmed name.
    fc
      .tuple(fc.constantFrom("", " ", "  \t"), lengths, fc.constantFrom("", " ", "\n "))
      .map(([before, length, after]) => `${before}${"n".repeat(length)}${after}`),
    fc.string({ maxLength: limit + 2 }),
    fc.string({ unit: "grapheme", maxLength: Math.min(limit + 2, 40) }),
  );
}

/** Answer values: each kind at and around its limits, and values of no kind. */
export const answerValue: fc.Arbitrary<unknown> = fc.oneof(
  textNear(500),
  fc.array(textNear(100), { maxLength: 4 }),
  fc
    .constantFrom(49, 50, 51)
    .chain((length) => fc.array(fc.constantFrom("a", "b".repeat(101), "😀".repeat(100)), { minLength: length, maxLength: length })),
  fc.array(fc.oneof(fc.constantFrom("a"), hostile), { maxLength: 4 }),
  fc.oneof(fc.integer({ min: -2, max: 102 }), fc.constantFrom(2 ** 53, -(2 ** 53), 1e300, -1e300, 0.5, 99.9)),
  hostile,
);

/** Text that passes: `min` to `max` characters (code points), some of them wide or odd. */
export function textWithin(min: number, max: number): fc.Arbitrary<string> {
  const unit = fc.constantFrom("x", "Q", "é", "😀", "\uD800", "-", "\u200B");
  return fc
    .integer({ min, max: Math.min(max, min + 6) })
    .chain((length) => fc.array(unit, { minLength: length, maxLength: length }).map((chars) => chars.join("")));
}

const STATUSES = ["open", "done", "not-applicable"] as const;
const statusValue = fc.oneof(fc.constantFrom(...STATUSES), fc.constantFrom("Open", "", "closed", "not applicable"), hostile);

const validDecision = fc
  .record(
    { status: fc.constantFrom(...STATUSES), reason: textWithin(0, 1000), person: textWithin(0, 80), note: textWithin(0, 1000) },
    { requiredKeys: ["status"] },
  )
  .map((fields) => objectOf(Object.entries(fields)));

/** A decision's fields, each sometimes left out or wrong, with an occasional stranger among them. */
export const decision: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: validDecision },
  {
    weight: 4,
    arbitrary: fc
      .record(
        {
          status: statusValue,
          reason: fc.oneof(textNear(1000), hostile, fc.constant(undefined)),
          person: fc.oneof(textNear(80), hostile, fc.constant(undefined)),
          note: fc.oneof(textNear(1000), hostile, fc.constant(undefined)),
          extra: fc.tuple(fc.oneof(trickyKey, fc.constantFrom("Status", "notes")), hostile),
        },
        { requiredKeys: [] },
      )
      .map(({ extra, ...fields }) => objectOf([...Object.entries(fields), ...(extra ? [extra] : [])])),
  },
  { weight: 1, arbitrary: hostile },
);

const KINDS = ["accepted", "mitigated"] as const;
/** Days as z.iso.date() sees them: real ones, leap days, and near misses. */
const validDay = fc
  .date({ noInvalidDate: true, min: new Date("0000-01-01T00:00:00.000Z"), max: new Date("9999-12-31T23:59:59.999Z") })
  .map((date) => date.toISOString().slice(0, 10));
const nearDay = fc.oneof(
  validDay,
  fc.constantFrom("2028-02-29", "2027-02-29", "2026-13-01", "2026-12-32", "2026-1-01", "2026-12-01T00:00:00Z", "20261201", " 2026-12-01"),
  hostile,
);

const validRiskDecision = fc
  .record(
    {
      kind: fc.constantFrom(...KINDS),
      reason: textWithin(0, 1000),
      by: textWithin(0, 80),
      reviewOn: validDay,
      decidedOn: validDay,
      basis: textWithin(1, 16),
    },
    { requiredKeys: ["kind", "decidedOn", "basis"] },
  )
  .map((fields) => objectOf(Object.entries(fields)));

/** A risk decision's fields, each sometimes left out or wrong, with an occasional stranger among them. */
export const riskDecision: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: validRiskDecision },
  {
    weight: 4,
    arbitrary: fc
      .record(
        {
          kind: fc.oneof(fc.constantFrom(...KINDS), fc.constantFrom("Accepted", "", "open"), hostile),
          reason: fc.oneof(textNear(1000), hostile, fc.constant(undefined)),
          by: fc.oneof(textNear(80), hostile, fc.constant(undefined)),
          reviewOn: fc.oneof(nearDay, fc.constant(undefined)),
          decidedOn: nearDay,
          basis: fc.oneof(textNear(16), hostile),
          extra: fc.tuple(fc.oneof(trickyKey, fc.constantFrom("Kind", "review")), hostile),
        },
        { requiredKeys: [] },
      )
      .map(({ extra, ...fields }) => objectOf([...Object.entries(fields), ...(extra ? [extra] : [])])),
  },
  { weight: 1, arbitrary: hostile },
);

const validAnswer = fc.oneof(textWithin(0, 500), fc.array(textWithin(0, 100), { maxLength: 4 }), fc.integer({ min: 0, max: 100 }));
const validKey = fc.oneof(fc.constantFrom("scope.goal", "storage.data-loss", ""), textWithin(0, 100), trickyKey);

/** Keys of a record: ids at and around the 100-character limit, and the tricky ones. */
const recordKey = fc.oneof(fc.constantFrom("scope.goal", "a", ""), textNear(100), trickyKey);

/** A record whose every key and value passes. */
const validRecordOf = (value: fc.Arbitrary<unknown>) => fc.array(fc.tuple(validKey, value), { maxLength: 5 }).map(objectOf);

export function recordOf(value: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.array(fc.tuple(recordKey, value), { maxLength: 5 }).map(objectOf) },
    {
      weight: 1,
      arbitrary: fc.constant(null).map(() => {
        const withSymbol: Record<PropertyKey, unknown> = { a: "x" };
        withSymbol[Symbol("key")] = "y";
        return withSymbol;
      }),
    },
    {
      weight: 1,
      arbitrary: fc.constant(null).map(() => Object.defineProperty({ a: "x" }, "hidden", { value: 12, enumerable: false })),
    },
    { weight: 1, arbitrary: hostile },
  );
}

export type AssessmentField =
  "id" | "name" | "assessor" | "createdAt" | "updatedAt" | "contentVersion" | "answers" | "decisions" | "evidence" | "riskDecisions";
export const SAVED_FIELDS: readonly AssessmentField[] = [
  "id",
  "name",
  "assessor",
  "createdAt",
  "updatedAt",
  "contentVersion",
  "answers",
  "decisions",
  "evidence",
  "riskDecisions",
];

/** Date-times that pass: milliseconds, none, or many digits of a second. */
const validStamp = fc
  .tuple(
    fc.date({ noInvalidDate: true, min: new Date("0000-01-01T00:00:00.000Z"), max: new Date("9999-12-31T23:59:59.999Z") }),
    fc.constantFrom(".000", "", ".5", ".123456789"),
  )
  .map(([date, fraction]) => date.toISOString().replace(/\.\d{3}Z$/, `${fraction}Z`));

const validField: Record<AssessmentField, fc.Arbitrary<unknown>> = {
  id: textWithin(1, 64),
  // Something visible first, so trimming leaves a name.
  name: fc
    .tuple(fc.constantFrom("", " ", "\t"), fc.constantFrom("O", "😀"), textWithin(0, 60), fc.constantFrom("", "  "))
    .map((parts) => parts.join("")),
  assessor: textWithin(0, 80),
  createdAt: validStamp,
  updatedAt: validStamp,
  contentVersion: textWithin(1, 32),
  answers: validRecordOf(validAnswer),
  decisions: validRecordOf(validDecision),
  evidence: validRecordOf(textWithin(0, 1000)),
  riskDecisions: validRecordOf(validRiskDecision),
};

const nearField: Record<AssessmentField, fc.Arbitrary<unknown>> = {
  id: fc.oneof(textNear(64), hostile),
  name: fc.oneof(textNear(80), hostile),
  assessor: fc.oneof(textNear(80), hostile, fc.constant(undefined)),
  createdAt: fc.oneof({ weight: 4, arbitrary: datetime }, { weight: 1, arbitrary: hostile }),
  updatedAt: fc.oneof({ weight: 4, arbitrary: datetime }, { weight: 1, arbitrary: hostile }),
  contentVersion: fc.oneof(textNear(32), hostile),
  answers: recordOf(answerValue),
  decisions: recordOf(decision),
  evidence: fc.oneof(recordOf(fc.oneof(textNear(1000), hostile)), fc.constant(undefined)),
  riskDecisions: fc.oneof(recordOf(riskDecision), fc.constant(undefined)),
};

/** One step away from valid: a field changed, dropped, or joined by a stranger. */
type Twist =
  | { kind: "set"; field: AssessmentField; value: unknown }
  | { kind: "drop"; field: AssessmentField }
  | { kind: "add"; key: string; value: unknown };

function twists(fields: readonly AssessmentField[]): fc.Arbitrary<Twist> {
  const field = fc.constantFrom(...fields);
  return fc.oneof(
    { weight: 6, arbitrary: field.chain((name) => nearField[name].map((value): Twist => ({ kind: "set", field: name, value }))) },
    { weight: 1, arbitrary: field.map((name): Twist => ({ kind: "drop", field: name })) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.oneof(trickyKey, fc.constantFrom("extra", "title", "id", "createdAt", "Name")), hostile)
        .map(([key, value]): Twist => ({ kind: "add", key, value })),
    },
  );
}

function twisted(entries: [string, unknown][], twist: Twist): [string, unknown][] {
  switch (twist.kind) {
    case "set":
      return entries.some(([key]) => key === twist.field)
        ? entries.map(([key, value]) => [key, key === twist.field ? twist.value : value])
        : [...entries, [twist.field, twist.value]];
    case "drop":
      return entries.filter(([key]) => key !== twist.field);
    case "add":
      return [...entries, [twist.key, twist.value]];
  }
}

/**
 * An assessment-like value with the given fields (saved or shared): valid about a third
 * of the time, otherwise one to three steps away from valid, or not an object at all.
 */
export function assessmentLike(fields: readonly AssessmentField[] = SAVED_FIELDS): fc.Arbitrary<unknown> {
  const valid = fc.record(Object.fromEntries(fields.map((field) => [field, validField[field]])), {
    requiredKeys: fields.filter((field) => field !== "assessor" && field !== "evidence" && field !== "riskDecisions"),
  });
  return fc.oneof(
    { weight: 4, arbitrary: valid.map((record) => objectOf(Object.entries(record))) },
    {
      weight: 7,
      arbitrary: fc
        .tuple(valid, fc.array(twists(fields), { minLength: 1, maxLength: 3 }))
        .map(([record, steps]) => objectOf(steps.reduce(twisted, Object.entries(record)))),
    },
    { weight: 1, arbitrary: hostile },
  );
}
