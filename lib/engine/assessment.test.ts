/** Names in saved records: looser than the forms' rule (assessment-meta.test.ts), on purpose. */
import { describe, expect, it } from "vitest";
import { assessmentSchema } from "./assessment-schema";
import { checkAssessment } from "./assessment-shape";

describe("a saved record's name", () => {
  const record = {
    id: "a",
    name: "\u200B\u200B",
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    contentVersion: "1",
    answers: {},
    decisions: {},
  };

  it("may be invisible, so no record saved before the forms' rule becomes unreadable", () => {
    expect(assessmentSchema.safeParse(record).success).toBe(true);
    expect(checkAssessment(record)).toEqual({ ok: true, value: record });
  });

  it("is trimmed of spaces, and must then hold a character", () => {
    expect(checkAssessment({ ...record, name: "  Orders  " })).toEqual({ ok: true, value: { ...record, name: "Orders" } });
    expect(checkAssessment({ ...record, name: "   " })).toEqual({
      ok: false,
      issue: { path: ["name"], message: "Too small: expected string to have >=1 characters" },
    });
  });
});
