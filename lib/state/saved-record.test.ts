import { describe, expect, it } from "vitest";
import { readRecord, type Migration } from "./saved-record";

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
    expect(result).toEqual({ ok: true, assessment, migrated: false });
  });

  it("migrates an older record step by step", () => {
    const { name, ...rest } = assessment;
    const old = JSON.stringify({ version: 0, assessment: { ...rest, title: name } });
    const result = readRecord(old, [renameTitle], 1);
    expect(result).toEqual({ ok: true, assessment, migrated: true });
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
});
