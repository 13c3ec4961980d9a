/**
 * The calendar day of an instant where the user is. The engine never reads the clock or
 * the runtime's time zone: callers pass the instant and the IANA zone (in the browser,
 * `Intl.DateTimeFormat().resolvedOptions().timeZone`). An export at 00:30 in Berlin is
 * dated that day, not the day before as the UTC date would have it.
 */
export interface CalendarDay {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A formatter for the zone; for a zone the runtime does not know, UTC's. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  const known = formatters.get(timeZone);
  if (known) return known;
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      calendar: "gregory",
      numberingSystem: "latn",
      year: "numeric",
      month: "numeric",
      day: "numeric",
    });
  } catch {
    formatter = formatterFor("UTC");
  }
  formatters.set(timeZone, formatter);
  return formatter;
}

/** The day `instant` falls on in `timeZone` (a zone the runtime does not know counts as UTC). */
export function calendarDayIn(instant: Date, timeZone: string): CalendarDay {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: "year" | "month" | "day"): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: part("year"), month: part("month"), day: part("day") };
}

/** "2026-11-25": the ISO 8601 form of a calendar day, as file names and documents show it. */
export function isoDay({ year, month, day }: CalendarDay): string {
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * The local day of an instant, as midnight UTC of that day: what a result link stores
 * (whole days), so a change made at 00:30 in Berlin travels as that day, not the one before.
 */
export function localDayStamp(instant: Date, timeZone: string): string {
  return `${isoDay(calendarDayIn(instant, timeZone))}T00:00:00.000Z`;
}
