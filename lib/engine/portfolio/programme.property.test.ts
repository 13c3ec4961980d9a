/**
 * checkProgramme over valid, near-valid and hostile input (the arbitraries that hold the
 * assessment checks to zod): it never throws, says what is wrong in one issue, and what it
 * accepts is a fresh, plain copy that passes again unchanged and survives JSON.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answerValue, datetime, hostile, objectOf, recordOf, textNear, textWithin, trickyKey } from "../test-fixtures/arbitrary-shapes";
import { checkProgramme, MAX_PROGRAMME_MEMBERS, type Programme } from "./programme";

const RUNS = { numRuns: 2000 };
const stamp = fc
  .date({ noInvalidDate: true, min: new Date("2000-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z") })
  .map((date) => date.toISOString());
/** Mostly valid, often at or past the limit, sometimes of the wrong kind altogether. */
const field = (valid: fc.Arbitrary<unknown>, near: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 6, arbitrary: valid }, { weight: 2, arbitrary: near }, { weight: 1, arbitrary: hostile });

const member: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ assessmentId: field(textWithin(1, 64), textNear(64)), inherited: recordOf(answerValue) }) },
  {
    weight: 1,
    arbitrary: fc.tuple(trickyKey, hostile).map(([key, value]) =>
      objectOf([
        ["assessmentId", "a"],
        ["inherited", {}],
        [key, value],
      ]),
    ),
  },
  { weight: 1, arbitrary: hostile },
);

const members: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.array(member, { maxLength: 4 }) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(MAX_PROGRAMME_MEMBERS, MAX_PROGRAMME_MEMBERS + 1)
      .map((n) => Array.from({ length: n }, (_, i) => ({ assessmentId: `a${i}`, inherited: {} }))),
  },
  { weight: 1, arbitrary: hostile },
);

/** A programme's fields, each valid, near its limit or hostile, sometimes left out, with an occasional stranger. */
const programmeLike: fc.Arbitrary<unknown> = fc
  .record(
    {
      id: field(textWithin(1, 64), textNear(64)),
      name: field(textWithin(1, 80), textNear(80)),
      createdAt: field(stamp, datetime),
      updatedAt: field(stamp, datetime),
      contentVersion: field(textWithin(1, 32), textNear(32)),
      answers: recordOf(answerValue),
      members,
      extra: fc.option(fc.tuple(fc.oneof(trickyKey, fc.constantFrom("Members", "programme")), hostile), { nil: undefined }),
    },
    { requiredKeys: ["id", "name", "createdAt", "updatedAt", "contentVersion", "answers", "members"] },
  )
  .map(({ extra, ...fields }) => objectOf([...Object.entries(fields), ...(extra ? [extra] : [])]));

const validProgramme: fc.Arbitrary<Programme> = fc.record({
  id: textWithin(1, 64),
  name: textWithin(1, 80).map((name) => `n${name}`.slice(0, 80)),
  createdAt: stamp,
  updatedAt: stamp,
  contentVersion: textWithin(1, 32),
  // A record leaves out an own "__proto__" key (as zod does), so valid answers have none.
  answers: fc.dictionary(
    fc.string({ minLength: 1, maxLength: 10 }).filter((key) => key !== "__proto__"),
    fc.oneof(fc.string({ maxLength: 5 }), fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }), fc.integer({ min: 0, max: 100 })),
  ),
  members: fc.uniqueArray(fc.record({ assessmentId: textWithin(1, 64), inherited: fc.constant({}) }), {
    selector: (m) => m.assessmentId,
    maxLength: 5,
  }),
});

function isPlainData(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return true;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== Array.prototype) return false;
  return Reflect.ownKeys(value).every(
    (key) =>
      typeof key === "string" && (key !== "__proto__" || Array.isArray(value)) && isPlainData((value as Record<string, unknown>)[key]),
  );
}

describe("checkProgramme over many inputs", () => {
  it("never throws, and refuses with one issue or accepts a plain copy that passes again unchanged", () => {
    let accepted = 0;
    fc.assert(
      fc.property(programmeLike, (input) => {
        const checked = checkProgramme(input);
        if (!checked.ok) {
          expect(typeof checked.issue.message).toBe("string");
          expect(Array.isArray(checked.issue.path)).toBe(true);
          return;
        }
        accepted += 1;
        expect(checked.value).not.toBe(input);
        expect(isPlainData(checked.value)).toBe(true);
        expect(checkProgramme(checked.value)).toEqual(checked);
        // Through JSON (as storage keeps it), -0 comes back as 0 and nothing else changes.
        const stored: unknown = JSON.parse(JSON.stringify(checked.value));
        expect(checkProgramme(stored)).toEqual({ ok: true, value: stored });
        expect(checked.value.members.length).toBeLessThanOrEqual(MAX_PROGRAMME_MEMBERS);
        expect(new Set(checked.value.members.map((m) => m.assessmentId)).size).toBe(checked.value.members.length);
      }),
      RUNS,
    );
    // The inputs reach both verdicts, or the property proves little.
    expect(accepted).toBeGreaterThan(0);
  });

  it("accepts every valid programme as it is (its name trimmed)", () => {
    fc.assert(
      fc.property(validProgramme, (programme) => {
        expect(checkProgramme(programme)).toEqual({ ok: true, value: { ...programme, name: programme.name.trim() } });
      }),
      { numRuns: 500 },
    );
  });
});
