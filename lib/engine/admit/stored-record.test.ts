import fc from "fast-check";
import { describe, expect, it } from "vitest";
import "../zod-config";
import * as z from "zod/mini";
import { readRecord, type Migration } from "./stored-record";

const assessment = {
  id: "a1",
  name: "Orders",
  createdAt: "2026-11-01T10:00:00.000Z",
  updatedAt: "2026-11-01T10:00:00.000Z",
  contentVersion: "2026.11.1",
  answers: { "scope.goal": "speed" },
  decisions: {},
};

// A made-up older format (version 0 kept the name under "title") to prove the path works.
const renameTitle: Migration = (record) => {
  const old = record.assessment as Record<string, unknown>;
  const { title, ...rest } = old;
  return { ...record, assessment: { name: title, ...rest } };
};

describe("saved records", () => {
  it("reads the current version as it is", () => {
    const result = readRecord(JSON.stringify({ version: 1, assessment }));
    expect(result).toEqual({ ok: true, assessment, migrated: false, repairs: [] });
  });

  it("migrates an older record step by step", () => {
    const { name, ...rest } = assessment;
    const old = JSON.stringify({ version: 0, assessment: { ...rest, title: name } });
    const result = readRecord(old, [renameTitle], 1);
    expect(result).toEqual({ ok: true, assessment, migrated: true, repairs: [] });
  });

  it("is idempotent: a migrated record reads the same when read again", () => {
    const { name, ...rest } = assessment;
    const first = readRecord(JSON.stringify({ version: 0, assessment: { ...rest, title: name } }), [renameTitle], 1);
    if (!first.ok) throw new Error(first.reason);
    const second = readRecord(JSON.stringify({ version: 1, assessment: first.assessment }), [renameTitle], 1);
    expect(second.ok && second.assessment).toEqual(first.assessment);
  });

  it.each([
    ["not JSON", "{", /not valid JSON/],
    ["no version", JSON.stringify({ assessment }), /no version/],
    ["a newer version", JSON.stringify({ version: 2, assessment }), /newer version/],
    ["a missing migration", JSON.stringify({ version: 0, assessment }), /no way to update/],
    ["an invalid assessment", JSON.stringify({ version: 1, assessment: { ...assessment, name: "" } }), /name/],
  ])("refuses %s with a reason", (_label, raw, reason) => {
    const result = readRecord(raw, [], 1);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.reason).toMatch(reason);
  });

  it("keeps a record whose one text answer is too long, shortened, and says so", () => {
    const long = "x".repeat(600);
    const result = readRecord(
      JSON.stringify({ version: 1, assessment: { ...assessment, answers: { ...assessment.answers, "scope.notes": long } } }),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.assessment.answers["scope.goal"]).toBe("speed");
    expect(result.assessment.answers["scope.notes"]).toBe("x".repeat(500));
    expect(result.repairs.join(" ")).toMatch(/“scope\.notes” was longer than 500 characters/);
  });

  it("drops only the values that cannot be read, and lists each", () => {
    const broken = {
      ...assessment,
      assessor: 42,
      answers: { "scope.goal": "speed", "scope.size": { nested: true }, "scope.list": ["a", 7] },
      decisions: { good: { status: "done" }, bad: { status: "maybe" } },
      extra: "field",
    };
    const result = readRecord(JSON.stringify({ version: 1, assessment: broken }));
    if (!result.ok) throw new Error(result.reason);
    expect(result.assessment).toEqual({ ...assessment, decisions: { good: { status: "done" } } });
    expect(result.repairs).toHaveLength(5);
  });

  it("keeps the risk decisions that can be read and names the one that cannot", () => {
    const accepted = {
      kind: "accepted",
      reason: "Internal only",
      by: "Ana",
      reviewOn: "2027-03-01",
      decidedOn: "2026-12-01",
      basis: "0a1b2c3d",
    };
    const record = {
      ...assessment,
      riskDecisions: { "storage.data-loss": accepted, "logging.lost": { kind: "ignored", decidedOn: "2026-12-01" } },
    };
    const result = readRecord(JSON.stringify({ version: 1, assessment: record }));
    if (!result.ok) throw new Error(result.reason);
    expect(result.assessment.riskDecisions).toEqual({ "storage.data-loss": accepted });
    expect(result.repairs).toEqual(["the decision on the risk “logging.lost” could not be read and was left out"]);
    const whole = readRecord(
      JSON.stringify({ version: 1, assessment: { ...assessment, riskDecisions: { "storage.data-loss": accepted } } }),
    );
    expect(whole).toMatchObject({ ok: true, repairs: [], assessment: { riskDecisions: { "storage.data-loss": accepted } } });
  });

  it("reports a newer record as newer, with its name, so it can be left alone", () => {
    const result = readRecord(JSON.stringify({ version: 3, assessment: { name: "Future", shape: "unknown" } }));
    expect(result).toMatchObject({ ok: false, newer: true, version: 3, name: "Future" });
  });

  it("refuses a record whose identity cannot be read", () => {
    for (const bad of [{ ...assessment, id: "" }, { ...assessment, createdAt: "soon", updatedAt: "later" }, null, "text"]) {
      const result = readRecord(JSON.stringify({ version: 1, assessment: bad }));
      expect(result.ok).toBe(false);
    }
  });
});

describe("the envelope around a record", () => {
  // The schema readRecord used for it, before the check was written by hand.
  const envelopeSchema = z.looseObject({ version: z.number().check(z.int(), z.minimum(0)) });
  const version = fc.oneof(
    fc.constantFrom(0, 1, 2, -1, 0.5, 1e21, 2 ** 53, 2 ** 53 - 1, -0, "1", null, true, [1], { v: 1 }),
    fc.integer({ min: -3, max: 5 }),
    fc.double(),
  );
  const stored = fc.oneof(fc.record({ version, assessment: fc.constant(assessment) }, { requiredKeys: ["assessment"] }), fc.jsonValue());

  it("has a version number exactly when the zod schema said so", () => {
    fc.assert(
      fc.property(stored, (value) => {
        const text = JSON.stringify(value);
        const result = readRecord(text, [], 1);
        const noVersion = !result.ok && result.reason === "it has no version number";
        expect(noVersion).toBe(!envelopeSchema.safeParse(JSON.parse(text)).success);
      }),
      { numRuns: 2000 },
    );
  });
});
