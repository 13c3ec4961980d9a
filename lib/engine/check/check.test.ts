/** The pieces the hand-written checks are made of, each held to zod's own behaviour. */
import { describe, expect, it } from "vitest";
import "../zod-config";
import { regexes } from "zod/v4/core";
import * as z from "zod/mini";
import { ISO_DATE, ISO_DATETIME, isoDate } from "./iso-datetime";
import { isObject, isPlainObject } from "./object";
import { codePointLength } from "./text";
import { invalidType, notOneOf, tooBig, tooSmall, typeName, unrecognizedKeys } from "./words";

describe("the date-time pattern", () => {
  it("is zod's, with z.iso.datetime()'s default options (no offset, no local time, any precision)", () => {
    expect(ISO_DATETIME.source).toBe(regexes.datetime({ offset: false, local: false, precision: null }).source);
    expect(ISO_DATETIME.flags).toBe("");
  });
});

describe("the date pattern", () => {
  it("is zod's z.iso.date(), and refuses in its words", () => {
    expect(ISO_DATE.source).toBe(regexes.date.source);
    for (const input of ["2026-12-01", "2028-02-29", "2027-02-29", "2026-13-01", "2026-12-01T00:00:00Z", "", 20261201]) {
      const theirs = z.iso.date().safeParse(input);
      const ours = isoDate(input);
      expect(ours.ok).toBe(theirs.success);
      if (!theirs.success && !ours.ok) expect(ours.issue.message).toBe(theirs.error.issues[0]?.message);
    }
  });
});

describe("codePointLength", () => {
  it.each<[string, number]>([
    ["", 0],
    ["abc", 3],
    ["😀", 1],
    ["👩‍💻", 3],
    ["\uD800", 1],
    ["\uDC00\uD800", 2],
    ["a\uD83D\uDE00b", 3],
  ])("%j has %i", (text, length) => {
    expect(codePointLength(text)).toBe(length);
    // As zod counts: a string of exactly this many characters passes maxLength(n) and fails maxLength(n - 1).
    expect(z.string().check(z.maxLength(length)).safeParse(text).success).toBe(true);
    if (length > 0)
      expect(
        z
          .string()
          .check(z.maxLength(length - 1))
          .safeParse(text).success,
      ).toBe(false);
  });
});

describe("objects", () => {
  class Thing {}
  it.each<[string, unknown, boolean, boolean]>([
    ["{}", {}, true, true],
    ["Object.create(null)", Object.create(null), true, true],
    ["a constructor key that is not a function", { constructor: "x" }, true, true],
    ["a class instance", new Thing(), true, false],
    ["a date", new Date(0), true, false],
    ["a list", [], false, false],
    ["null", null, false, false],
    ["text", "x", false, false],
  ])("%s: an object %s, a plain one %s", (_label, value, object, plain) => {
    expect(isObject(value)).toBe(object);
    expect(isPlainObject(value)).toBe(plain);
    expect(z.record(z.string(), z.unknown()).safeParse(value).success).toBe(plain);
  });
});

describe("zod's words", () => {
  class Thing {}
  it.each<[string, unknown]>([
    ["number", 1],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["-Infinity", Number.NEGATIVE_INFINITY],
    ["string", ""],
    ["boolean", false],
    ["undefined", undefined],
    ["null", null],
    ["array", []],
    ["object", {}],
    ["object", Object.create(null)],
    ["Date", new Date(0)],
    ["Thing", new Thing()],
    ["bigint", 1n],
    ["symbol", Symbol("s")],
    ["function", () => 1],
  ])("name a value's type: %s", (name, value) => {
    expect(typeName(value)).toBe(name);
    const expected = typeof value === "string" ? "number" : "string";
    const schema = typeof value === "string" ? z.number() : z.string();
    expect(schema.safeParse(value).error?.issues[0]?.message).toBe(invalidType(expected, value));
  });

  it("for sizes, bounds, options and unknown keys", () => {
    const first = (schema: { safeParse(input: unknown): { error?: { issues: { message: string }[] } } }, input: unknown) =>
      schema.safeParse(input).error?.issues[0]?.message;
    expect(first(z.string().check(z.maxLength(3)), "abcd")).toBe(tooBig("string", 3));
    expect(first(z.string().check(z.minLength(1)), "")).toBe(tooSmall("string", 1));
    expect(first(z.array(z.string()).check(z.maxLength(1)), ["a", "b"])).toBe(tooBig("array", 1));
    expect(first(z.number().check(z.maximum(100)), 101)).toBe(tooBig("number", 100));
    expect(first(z.number().check(z.minimum(0)), -1)).toBe(tooSmall("number", 0));
    expect(first(z.int(), 2 ** 53)).toBe(tooBig("int", Number.MAX_SAFE_INTEGER));
    expect(first(z.enum(["a", "b"]), "c")).toBe(notOneOf(["a", "b"]));
    expect(first(z.enum(["a"]), "c")).toBe(notOneOf(["a"]));
    expect(first(z.strictObject({}), { a: 1 })).toBe(unrecognizedKeys(["a"]));
    expect(first(z.strictObject({}), { a: 1, b: 2 })).toBe(unrecognizedKeys(["a", "b"]));
  });
});
