/** The calendar day of an instant in the user's zone, near midnight above all. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarDayIn, isoDay, localDayStamp } from "./calendar-day";

describe("calendarDayIn", () => {
  it.each<[string, string, string]>([
    ["2026-03-01T23:30:00Z", "Europe/Berlin", "2026-03-02"], // 00:30 in Berlin: the UTC date would say yesterday
    ["2026-03-01T22:59:59Z", "Europe/Berlin", "2026-03-01"], // 23:59:59 in Berlin
    ["2026-03-01T23:00:00Z", "Europe/Berlin", "2026-03-02"], // midnight exactly
    ["2026-07-01T21:59:59Z", "Europe/Berlin", "2026-07-01"], // summer time: UTC+2
    ["2026-07-01T22:00:00Z", "Europe/Berlin", "2026-07-02"],
    ["2026-03-02T04:30:00Z", "America/New_York", "2026-03-01"], // 23:30 the evening before
    ["2026-03-02T05:00:00Z", "America/New_York", "2026-03-02"],
    ["2026-12-31T10:00:00Z", "Pacific/Kiritimati", "2027-01-01"], // UTC+14: new year already
    ["2026-01-01T10:59:59Z", "Pacific/Pago_Pago", "2025-12-31"], // UTC−11: still the old year
    ["2026-02-28T18:30:00Z", "Asia/Kolkata", "2026-03-01"], // half-hour offset
    ["2028-02-28T23:30:00Z", "Europe/Berlin", "2028-02-29"], // leap day
    ["2026-03-01T23:30:00Z", "UTC", "2026-03-01"],
  ])("%s in %s is %s", (instant, timeZone, day) => {
    expect(isoDay(calendarDayIn(new Date(instant), timeZone))).toBe(day);
  });

  it("counts a zone the runtime does not know as UTC", () => {
    expect(calendarDayIn(new Date("2026-03-01T23:30:00Z"), "Mars/Olympus_Mons")).toEqual({ year: 2026, month: 3, day: 1 });
    expect(calendarDayIn(new Date("2026-03-01T23:30:00Z"), "")).toEqual({ year: 2026, month: 3, day: 1 });
  });

  it("in UTC is the date toISOString gives, for any instant", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1970-01-01T00:00:00Z"), max: new Date("2200-12-31T23:59:59Z"), noInvalidDate: true }),
        (instant) => {
          expect(isoDay(calendarDayIn(instant, "UTC"))).toBe(instant.toISOString().slice(0, 10));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("is never more than a day from the UTC date, in any of a spread of zones", () => {
    const zones = ["Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kathmandu", "America/St_Johns", "Australia/Lord_Howe", "Europe/Berlin"];
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }),
        fc.constantFrom(...zones),
        (instant, zone) => {
          const local = Date.parse(`${isoDay(calendarDayIn(instant, zone))}T00:00:00Z`);
          const utc = Date.parse(`${instant.toISOString().slice(0, 10)}T00:00:00Z`);
          expect([-86_400_000, 0, 86_400_000]).toContain(local - utc);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("isoDay", () => {
  it.each<[{ year: number; month: number; day: number }, string]>([
    [{ year: 2026, month: 11, day: 25 }, "2026-11-25"],
    [{ year: 2026, month: 1, day: 5 }, "2026-01-05"],
    [{ year: 999, month: 12, day: 31 }, "0999-12-31"],
  ])("%j → %s", (day, expected) => {
    expect(isoDay(day)).toBe(expected);
  });
});

describe("localDayStamp", () => {
  it.each([
    ["Berlin just after midnight", "2026-11-30T23:30:00.000Z", "Europe/Berlin", "2026-12-01T00:00:00.000Z"],
    ["New York late in the evening", "2026-12-01T03:30:00.000Z", "America/New_York", "2026-11-30T00:00:00.000Z"],
    ["UTC itself", "2026-12-01T12:00:00.000Z", "UTC", "2026-12-01T00:00:00.000Z"],
  ])("%s", (_label, instant, zone, expected) => {
    expect(localDayStamp(new Date(instant), zone)).toBe(expected);
  });
});
