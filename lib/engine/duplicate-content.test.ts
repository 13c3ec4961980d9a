import { describe, expect, it } from "vitest";
import type { Assessment } from "./assessment";
import { findDuplicate, sameContent } from "./duplicate-content";
import { fixtureQuestionnaire } from "./test-fixtures/fixture-questionnaire";

const saved = (id: string, updatedAt: string, extra: Partial<Assessment> = {}): Assessment => ({
  id,
  name: "Order management",
  createdAt: updatedAt,
  updatedAt,
  contentVersion: "1",
  answers: { "storage.stateful": "yes", "storage.kinds": ["files", "database"], "scope.goal": "speed" },
  decisions: { "plan.a": { status: "done", note: "ours" } },
  ...extra,
});

type Content = Pick<Assessment, "name" | "answers" | "decisions">;

const imported: Content = {
  name: " Order management ",
  answers: { "scope.goal": "speed", "storage.kinds": ["database", "files"], "storage.stateful": "yes" },
  decisions: { "plan.a": { note: "ours", status: "done" }, "plan.b": { status: "open" } },
};

const same = (a: Content, b: Assessment) => sameContent(a, b, fixtureQuestionnaire);

describe("sameContent", () => {
  it("ignores ids, dates, key order, choice order and untouched open decisions", () => {
    expect(same(imported, saved("x", "2026-01-01T00:00:00.000Z"))).toBe(true);
  });

  it("ignores an answer to a follow-up that is hidden, kept on one side only", () => {
    const closed = saved("x", "2026-01-01T00:00:00.000Z", {
      answers: { "storage.stateful": "no", "storage.kinds": ["files"], "scope.goal": "speed" },
    });
    expect(same({ ...imported, answers: { "storage.stateful": "no", "scope.goal": "speed" } }, closed)).toBe(true);
  });

  it("tells apart a different name, answer, missing answer or decision", () => {
    const base = saved("x", "2026-01-01T00:00:00.000Z");
    expect(same({ ...imported, name: "Pricing API" }, base)).toBe(false);
    expect(same({ ...imported, answers: { ...imported.answers, "scope.goal": "cost" } }, base)).toBe(false);
    expect(same({ ...imported, answers: { "storage.stateful": "yes", "scope.goal": "speed" } }, base)).toBe(false);
    expect(same({ ...imported, decisions: { "plan.a": { status: "done" } } }, base)).toBe(false);
    expect(same({ ...imported, decisions: { ...imported.decisions, "plan.b": { status: "open", note: "later" } } }, base)).toBe(false);
  });
});

describe("findDuplicate", () => {
  it("finds the most recently changed match, or nothing", () => {
    const all = {
      old: saved("old", "2026-01-01T00:00:00.000Z"),
      recent: saved("recent", "2026-06-01T00:00:00.000Z"),
      other: saved("other", "2026-12-01T00:00:00.000Z", { name: "Pricing API" }),
    };
    expect(findDuplicate(imported, all, fixtureQuestionnaire)?.id).toBe("recent");
    expect(findDuplicate({ ...imported, name: "Customer portal" }, all, fixtureQuestionnaire)).toBeUndefined();
  });
});
