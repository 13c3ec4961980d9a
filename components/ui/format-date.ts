/**
 * Dates as people in the UK read them, e.g. "25 November 2026".
 *
 * A moment (an ISO date-time, as saved assessments carry) is shown on the reader's own
 * calendar: the day it was in the browser's time zone, not in UTC. Callers render it only
 * in the browser (after saved state or the link has been read), so the server never
 * formats it in its own zone and hydration cannot disagree.
 *
 * A day on its own ("2026-12-01", as a result link carries) has no time to convert, so it
 * is shown as that day wherever the reader is, never shifted to the day before or after.
 */
const DAY_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

const pattern = { dateStyle: "long" } as const;

export function formatDate(iso: string, timeZone?: string): string {
  const day = DAY_ONLY.exec(iso);
  if (day) {
    const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat("en-GB", { ...pattern, timeZone: "UTC" }).format(date);
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  // Without a time zone, Intl uses the one the browser runs in, resolved at the call.
  return new Intl.DateTimeFormat("en-GB", timeZone ? { ...pattern, timeZone } : pattern).format(date);
}

/**
 * A result link keeps only the day an assessment last changed, decoded as midnight UTC of
 * that day. This turns it back into the day itself, so formatDate does not move it into
 * the previous day for a reader west of UTC.
 */
export function linkDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toISOString().slice(0, 10);
}
