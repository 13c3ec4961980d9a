/** Dates as people in the UK read them, e.g. "25 November 2026". */
const longDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "long" });

export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : longDate.format(date);
}
