import { afterEach, describe, expect, it } from "vitest";
import { formatDate, linkDay } from "./format-date";

// Node reads TZ again whenever it is set, so each case runs in the zone it names.
const zoneAtStart = process.env.TZ;
function inZone(timeZone: string, iso: string): string {
  process.env.TZ = timeZone;
  return formatDate(iso);
}

afterEach(() => {
  if (zoneAtStart === undefined) delete process.env.TZ;
  else process.env.TZ = zoneAtStart;
});

describe("formatDate", () => {
  it("shows a moment on the calendar of the reader's time zone", () => {
    const lateUtc = "2026-11-30T23:30:00.000Z";
    expect(inZone("UTC", lateUtc)).toBe("30 November 2026");
    expect(inZone("Asia/Tokyo", lateUtc)).toBe("1 December 2026");
    expect(inZone("America/Los_Angeles", "2026-12-01T02:00:00.000Z")).toBe("30 November 2026");
  });

  it("shows a day on its own as that day, whatever the time zone", () => {
    for (const zone of ["UTC", "America/Los_Angeles", "Pacific/Kiritimati"]) {
      expect(inZone(zone, "2026-12-01")).toBe("1 December 2026");
      expect(inZone(zone, linkDay("2026-12-01T00:00:00.000Z"))).toBe("1 December 2026");
    }
  });

  it("writes what Intl's en-GB long date style writes, for every month", () => {
    const intl = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });
    for (let month = 0; month < 12; month += 1) {
      for (const day of [1, 9, 28]) {
        const date = new Date(Date.UTC(2027, month, day));
        expect(inZone("UTC", date.toISOString())).toBe(intl.format(date));
        expect(formatDate(date.toISOString().slice(0, 10))).toBe(intl.format(date));
      }
    }
  });

  it("gives back text it cannot read as a date unchanged", () => {
    expect(formatDate("last Tuesday")).toBe("last Tuesday");
    expect(formatDate("2026-13-45")).toBe("2026-13-45");
    expect(formatDate("2026-02-30")).toBe("2026-02-30");
    expect(linkDay("last Tuesday")).toBe("last Tuesday");
  });
});
