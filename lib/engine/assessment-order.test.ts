import { describe, expect, it } from "vitest";
import { newestFirst, oldestFirst } from "./assessment";

const at = (updatedAt: string) => ({ updatedAt });

describe("ordering assessments by their last change", () => {
  const stamps = ["2026-11-30T23:59:59.999Z", "2025-01-01T00:00:00.000Z", "2026-12-01T00:00:00.000Z", "2026-02-10T08:00:00.000Z"];

  it("orders by time, as the stamps' own dates do", () => {
    const byTime = [...stamps].sort((a, b) => Date.parse(a) - Date.parse(b));
    expect(
      stamps
        .map(at)
        .sort(oldestFirst)
        .map((a) => a.updatedAt),
    ).toEqual(byTime);
    expect(
      stamps
        .map(at)
        .sort(newestFirst)
        .map((a) => a.updatedAt),
    ).toEqual([...byTime].reverse());
  });

  it("keeps the order of equal stamps", () => {
    const same = [
      { updatedAt: "2026-12-01T00:00:00.000Z", id: "first" },
      { updatedAt: "2026-12-01T00:00:00.000Z", id: "second" },
    ];
    expect([...same].sort(newestFirst).map((a) => a.id)).toEqual(["first", "second"]);
    expect([...same].sort(oldestFirst).map((a) => a.id)).toEqual(["first", "second"]);
  });
});
