import { isoDay } from "@/lib/engine";

/**
 * The user's calendar day (YYYY-MM-DD) where they are: what review dates of risk decisions
 * are judged against. Read from the Date's local fields, not through Intl: creating the
 * first Intl.DateTimeFormat on a page costs a phone tens of milliseconds of main thread,
 * and the browser's own local day is exactly the day wanted here.
 */
export function todayHere(now: Date = new Date()): string {
  return isoDay({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}
