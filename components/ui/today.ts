import { calendarDayIn, isoDay } from "@/lib/engine";

/**
 * The user's calendar day (YYYY-MM-DD) in their own time zone: what review dates of risk
 * decisions are judged against. Read only in the browser, after saved state is loaded.
 */
export function todayHere(now: Date = new Date()): string {
  return isoDay(calendarDayIn(now, Intl.DateTimeFormat().resolvedOptions().timeZone));
}
