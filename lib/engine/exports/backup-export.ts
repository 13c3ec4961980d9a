/**
 * A backup of an assessment exactly as entered, in the JSON export format without the
 * computed part (which an import recomputes anyway), so it needs no questionnaire and can
 * be offered on any page at the moment saving fails. "Import" on the saved-assessments
 * page reads it back.
 */
import type { Assessment } from "../assessment";
import { calendarDayIn } from "../calendar-day";
import { exportFileName } from "./file-name";
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type ExportFile } from "./json-export";

export function backupExport(assessment: Assessment, now: Date, timeZone: string): { fileName: string; text: string } {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    contentVersion: assessment.contentVersion,
    assessment: {
      name: assessment.name,
      ...(assessment.assessor ? { assessor: assessment.assessor } : {}),
      createdAt: assessment.createdAt,
      updatedAt: assessment.updatedAt,
      answers: assessment.answers,
      decisions: assessment.decisions,
      ...(assessment.evidence ? { evidence: assessment.evidence } : {}),
      ...(assessment.riskDecisions ? { riskDecisions: assessment.riskDecisions } : {}),
    },
  };
  return { fileName: exportFileName(assessment.name, calendarDayIn(now, timeZone), "json"), text: `${JSON.stringify(file, null, 2)}\n` };
}
