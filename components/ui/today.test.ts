import { describe, expect, it } from "vitest";
import { todayHere } from "./today";

describe("todayHere", () => {
  it("is the local calendar day of the moment, as YYYY-MM-DD", () => {
    const moment = new Date(2026, 0, 5, 23, 59);
    expect(todayHere(moment)).toBe("2026-01-05");
    expect(todayHere(new Date(2028, 1, 29, 0, 0))).toBe("2028-02-29");
  });
});
