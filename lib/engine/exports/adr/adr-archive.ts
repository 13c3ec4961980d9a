/**
 * Every risk decision (in force, due for review, no longer raised) as numbered MADR
 * records in one ZIP file, with an index.md that is MADR's decision log: number, title,
 * status and date. The files sit in a "decisions" folder, as MADR keeps them, so unzipping
 * never scatters them.
 */
import type { AssessmentView } from "../../assess/assessment-view";
import { calendarDayIn } from "../../calendar-day";
import { exportFileName, safeFileStem } from "../file-name";
import type { ExportMoment } from "../make-export";
import { table, tableCell } from "../markdown-escape";
import { adrFileName, adrNumber, day, decisionRecords, recordText, sourceLine, statusText } from "./madr";
import { zip } from "./zip";

export interface AdrArchive {
  fileName: string;
  /** Backed by a plain ArrayBuffer, as a Blob wants it. */
  bytes: Uint8Array<ArrayBuffer>;
  mimeType: "application/zip";
  /** How many decision records it holds (the index not counted). */
  count: number;
}

export const ARCHIVE_FOLDER = "decisions";

const clocks = new Map<string, Intl.DateTimeFormat>();

function clockFor(timeZone: string): Intl.DateTimeFormat {
  const known = clocks.get(timeZone);
  if (known) return known;
  let clock: Intl.DateTimeFormat;
  try {
    clock = new Intl.DateTimeFormat("en-US", {
      timeZone,
      calendar: "gregory",
      numberingSystem: "latn",
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
  } catch {
    // As calendarDayIn does: a zone the runtime does not know counts as UTC.
    clock = clockFor("UTC");
  }
  clocks.set(timeZone, clock);
  return clock;
}

/**
 * The time the user's clock shows at `now`, as a Date whose UTC fields are that time: a
 * ZIP's file times have no zone, and unzip shows them as they are.
 */
export function wallClock(now: Date, timeZone: string): Date {
  const parts = clockFor(timeZone).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return new Date(Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second")));
}

export function decisionLog(view: AssessmentView, moment: ExportMoment): string {
  const records = decisionRecords(view);
  return [
    "# Risk decisions",
    "",
    `${sourceLine(view, moment)} Each risk the team accepted or mitigated another way, as a Markdown Architectural Decision Record (MADR).`,
    "",
    records.length === 0
      ? "No risk decisions yet."
      : table(
          ["Number", "Decision", "Status", "Date"],
          records.map((record, i) => [
            adrNumber(i + 1),
            `[${tableCell(record.title)}](${adrFileName(record, i + 1)})`,
            statusText(record),
            day(record.decision.decidedOn),
          ]),
        ),
    "",
  ].join("\n");
}

export function adrArchive(view: AssessmentView, moment: ExportMoment): AdrArchive {
  const records = decisionRecords(view);
  const utf8 = new TextEncoder();
  const entries = [
    { name: `${ARCHIVE_FOLDER}/index.md`, data: utf8.encode(decisionLog(view, moment)) },
    ...records.map((record, i) => ({
      name: `${ARCHIVE_FOLDER}/${adrFileName(record, i + 1)}`,
      data: utf8.encode(recordText(view, record, moment)),
    })),
  ];
  return {
    // As the tracker exports do: a long name is cut first, so "-decisions" always survives.
    fileName: exportFileName(
      `${safeFileStem(view.assessment.name).slice(0, 40)} decisions`,
      calendarDayIn(moment.now, moment.timeZone),
      "zip",
    ),
    bytes: zip(entries, wallClock(moment.now, moment.timeZone)),
    mimeType: "application/zip",
    count: records.length,
  };
}
