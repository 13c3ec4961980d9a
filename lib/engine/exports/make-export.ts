/** One entry point for every text export, so the UI can load all of them on demand. */
import type { AssessmentView } from "../assess/assessment-view";
import { calendarDayIn } from "../calendar-day";
import { exportDocument } from "./export-document";
import { exportFileName } from "./file-name";
import { toJsonExport } from "./json-export";
import { toMarkdown } from "./markdown";
import { planToCsv } from "./plan-csv";
import { trackerFile } from "./trackers/tracker-file";
import { DEFAULT_TRACKER_OPTIONS, type TrackerOptions } from "./trackers/tracker-options";

export type ExportKind = "markdown" | "csv" | "json" | "jira" | "azure-boards" | "github";

export interface ExportFile {
  fileName: string;
  text: string;
  mimeType: string;
}

/** When the export is made, and the user's IANA time zone, which dates its file name and Markdown. */
export interface ExportMoment {
  now: Date;
  timeZone: string;
}

/** `options` shapes the tracker imports (jira, azure-boards, github) only. */
export function makeExport(
  kind: ExportKind,
  view: AssessmentView,
  { now, timeZone }: ExportMoment,
  options: TrackerOptions = DEFAULT_TRACKER_OPTIONS,
): ExportFile {
  const doc = exportDocument(view, now);
  const name = view.assessment.name;
  const today = calendarDayIn(now, timeZone);
  switch (kind) {
    case "markdown":
      return { fileName: exportFileName(name, today, "md"), text: toMarkdown(doc, timeZone), mimeType: "text/markdown" };
    case "csv":
      return { fileName: exportFileName(`${name} plan`, today, "csv"), text: planToCsv(doc), mimeType: "text/csv" };
    case "json":
      return { fileName: exportFileName(name, today, "json"), text: toJsonExport(doc), mimeType: "application/json" };
    case "jira":
    case "azure-boards":
    case "github":
      return trackerFile(kind, doc, name, today, options);
  }
}
