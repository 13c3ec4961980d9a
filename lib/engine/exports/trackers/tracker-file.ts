/**
 * A tracker import as a file: Jira CSV, Azure Boards CSV or the GitHub CLI script, named after
 * what it plans. The same for an assessment's plan and a programme's.
 */
import type { CalendarDay } from "../../calendar-day";
import type { ExportDocument } from "../export-document";
import { exportFileName, safeFileStem } from "../file-name";
import { toAzureBoardsCsv } from "./azure-csv";
import { toGitHubScript } from "./github-script";
import { toJiraCsv } from "./jira-csv";
import type { TrackerOptions } from "./tracker-options";

export type TrackerKind = "jira" | "azure-boards" | "github";

export function trackerFile(
  kind: TrackerKind,
  doc: ExportDocument,
  name: string,
  today: CalendarDay,
  options: TrackerOptions,
): { fileName: string; text: string; mimeType: string } {
  // A file name keeps 60 characters of its stem: a long name is cut first so "-jira" and the like always survive.
  const stem = (suffix: string) => `${safeFileStem(name).slice(0, 40)} ${suffix}`;
  switch (kind) {
    case "jira":
      return { fileName: exportFileName(stem("jira"), today, "csv"), text: toJiraCsv(doc, options), mimeType: "text/csv" };
    case "azure-boards":
      return { fileName: exportFileName(stem("azure boards"), today, "csv"), text: toAzureBoardsCsv(doc, options), mimeType: "text/csv" };
    case "github":
      return {
        fileName: exportFileName(stem("github issues"), today, "sh"),
        text: toGitHubScript(doc, options),
        mimeType: "text/x-shellscript",
      };
  }
}
