/**
 * Export file names carry the assessment's name, made safe for every file system, and
 * the day of the export where the user is: "payments-api-2026-11-25.csv".
 */
import { isoDay, type CalendarDay } from "../calendar-day";

const MAX_STEM = 60;

/** Latin letters that Unicode does not decompose into a base letter plus an accent. */
const LETTERS: Readonly<Record<string, string>> = {
  ø: "o",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

export function safeFileStem(name: string): string {
  const stem = name
    .toLowerCase()
    .replace(/[øßæœłđðþı]/g, (letter) => LETTERS[letter] ?? letter)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_STEM)
    .replace(/-+$/g, "");
  return stem || "assessment";
}

/** `day` is the user's local calendar day (see calendarDayIn), never the UTC date. */
export function exportFileName(name: string, day: CalendarDay, extension: string): string {
  return `${safeFileStem(name)}-${isoDay(day)}.${extension}`;
}
