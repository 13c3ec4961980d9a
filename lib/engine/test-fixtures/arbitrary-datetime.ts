/**
 * Date-times for holding the hand-written datetime check to `z.iso.datetime()`: valid ISO
 * stamps and ones a field, a digit or an offset away from valid (see arbitrary-shapes.ts).
 */
import fc from "fast-check";

const digits = (count: number) => fc.integer({ min: 0, max: 10 ** count - 1 }).map((n) => String(n).padStart(count, "0"));
const oneOf = (...values: string[]) => fc.constantFrom(...values);

/** Date-times near and far from what `z.iso.datetime()` accepts. */
export const datetime: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()) },
  {
    weight: 10,
    arbitrary: fc
      .tuple(
        fc.date({ noInvalidDate: true, min: new Date("0000-01-01T00:00:00.000Z"), max: new Date("9999-12-31T23:59:59.999Z") }),
        fc.constantFrom("", ".5", ".123456789"),
      )
      .map(([date, fraction]) => date.toISOString().replace(/\.\d{3}Z$/, `${fraction}Z`)),
  },
  {
    weight: 10,
    arbitrary: fc
      .record({
        year: fc.oneof(
          oneOf("2024", "2025", "2000", "1900", "2100", "0000", "9999", "0400", "1600", "1700"),
          digits(4),
          oneOf("24", "20245", "+2024"),
        ),
        month: fc.oneof(oneOf("01", "02", "04", "09", "11", "12", "00", "13", "1"), digits(2)),
        day: fc.oneof(oneOf("01", "28", "29", "30", "31", "00", "32", "1"), digits(2)),
        t: oneOf("T", "T", "T", "t", " "),
        hour: fc.oneof(oneOf("00", "09", "23", "24", "7"), digits(2)),
        minute: fc.oneof(oneOf("00", "59", "60"), digits(2)),
        second: fc.oneof(oneOf("00", "59", "60", ""), digits(2)),
        fraction: oneOf("", "", ".0", ".123", ".123456789", ".", ".1a", ",5"),
        zone: oneOf("Z", "Z", "Z", "z", "", "+00:00", "-05:30", "+0100"),
      })
      .map(({ year, month, day, t, hour, minute, second, fraction, zone }) => {
        const time = second === "" ? `${hour}:${minute}` : `${hour}:${minute}:${second}`;
        return `${year}-${month}-${day}${t}${time}${fraction}${zone}`;
      }),
  },
  // A valid one with a single thing changed, often to something no longer valid.
  {
    weight: 10,
    arbitrary: fc
      .tuple(
        fc.date({ noInvalidDate: true, min: new Date("0000-01-01T00:00:00.000Z"), max: new Date("9999-12-31T23:59:59.999Z") }),
        fc.constantFrom<[RegExp, string]>(
          [/Z$/, "z"],
          [/Z$/, "+00:00"],
          [/Z$/, ""],
          [/T/, "t"],
          [/T/, " "],
          [/\.\d+/, "."],
          [/\.\d+/, ",000"],
          [/:\d\d\.\d+/, ""],
          [/-\d\dT/, "-29T"],
          [/-\d\dT/, "-30T"],
          [/-\d\dT/, "-31T"],
          [/T\d\d/, "T24"],
          [/:\d\d\./, ":60."],
          [/\d/, "٣"],
        ),
      )
      .map(([date, [pattern, replacement]]) => date.toISOString().replace(pattern, replacement)),
  },
  // 29 February in leap and common years, across the century rules.
  {
    weight: 3,
    arbitrary: fc
      .constantFrom("1200", "1600", "1700", "1900", "2000", "2023", "2024", "2100", "2400", "0000", "0004", "0100")
      .map((year) => `${year}-02-29T00:00:00Z`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom("2026-01-01", "2026-01-01T00:00:00.000Z\n", " 2026-01-01T00:00:00Z", "２０２６-01-01T00:00:00Z"),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);
