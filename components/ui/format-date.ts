/**
 * Dates as people in the UK read them, e.g. "25 November 2026" (what Intl's en-GB "long"
 * date style gives).
 *
 * A moment (an ISO date-time, as saved assessments carry) is shown on the reader's own
 * calendar: the day it was in the browser's time zone, not in UTC. Callers render it only
 * in the browser (after saved state or the link has been read), so the server never
 * formats it in its own zone and hydration cannot disagree.
 *
 * A day on its own ("2026-12-01", as a result link carries) has no time to convert, so it
 * is shown as that day wherever the reader is, never shifted to the day before or after.
 *
 * Written from the Date's own fields rather than through Intl: the first
 * Intl.DateTimeFormat a page creates costs a phone 50–75 ms of main thread as it starts
 * (a CPU profile of /results, /assessments and /shared showed it), and the words of an
 * English date need no locale data.
 */
const DAY_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

function words(day: number, monthIndex: number, year: number): string {
  return `${day} ${MONTHS[monthIndex] ?? ""} ${year}`;
}

export function formatDate(iso: string): string {
  const day = DAY_ONLY.exec(iso);
  if (day) {
    const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
    // A day that does not exist (2026-02-30) is given back as written, not rolled over.
    const real = new Date(Date.UTC(year, month - 1, date));
    return real.getUTCMonth() === month - 1 && real.getUTCDate() === date ? words(date, month - 1, year) : iso;
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  // The local fields are the browser's own time zone, resolved at the call.
  return words(date.getDate(), date.getMonth(), date.getFullYear());
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
