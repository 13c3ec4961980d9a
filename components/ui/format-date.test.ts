import { describe, expect, it } from "vitest";
import { formatDate, linkDay } from "./format-date";

describe("formatDate", () => {
  it("shows a moment on the calendar of the reader's time zone", () => {
    const lateUtc = "2026-11-30T23:30:00.000Z";
    expect(formatDate(lateUtc, "UTC")).toBe("30 November 2026");
    expect(formatDate(lateUtc, "Asia/Tokyo")).toBe("1 December 2026");
    expect(formatDate("2026-12-01T02:00:00.000Z", "America/Los_Angeles")).toBe("30 November 2026");
  });

  it("shows a day on its own as that day, whatever the time zone", () => {
    expect(formatDate("2026-12-01")).toBe("1 December 2026");
    expect(formatDate(linkDay("2026-12-01T00:00:00.000Z"))).toBe("1 December 2026");
  });

  it("gives back text it cannot read as a date unchanged", () => {
    expect(formatDate("last Tuesday")).toBe("last Tuesday");
    expect(linkDay("last Tuesday")).toBe("last Tuesday");
  });
});
