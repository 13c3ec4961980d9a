/** One entry point for every text export, so the UI can load all of them on demand. */
import type { Assessment } from "../assessment";
import type { Evaluation } from "../evaluation";
import type { Questionnaire } from "../questionnaire";
import { buildExportDocument } from "./export-document";
import { exportFileName } from "./file-name";
import { toJsonExport } from "./json-export";
import { toMarkdown } from "./markdown";
import { planToCsv } from "./plan-csv";

export type ExportKind = "markdown" | "csv" | "json";

export interface ExportFile {
  fileName: string;
  text: string;
  mimeType: string;
}

export function makeExport(
  kind: ExportKind,
  questionnaire: Questionnaire,
  assessment: Assessment,
  evaluation: Evaluation,
  now: Date,
): ExportFile {
  const doc = buildExportDocument(questionnaire, assessment, evaluation, now);
  switch (kind) {
    case "markdown":
      return { fileName: exportFileName(assessment.name, now, "md"), text: toMarkdown(doc), mimeType: "text/markdown" };
    case "csv":
      return { fileName: exportFileName(`${assessment.name} plan`, now, "csv"), text: planToCsv(doc), mimeType: "text/csv" };
    case "json":
      return { fileName: exportFileName(assessment.name, now, "json"), text: toJsonExport(doc), mimeType: "application/json" };
  }
}
