/**
 * The programme plan in the same files as a single plan: Markdown (its own layout, see
 * programme-markdown.ts), and the plan CSV and tracker imports, which are given the combined
 * plan as they are given an assessment's. Application names go into action titles and
 * details, where those formats write our words as they are, so each format gets the plan
 * with the names made inert its own way: escaped for Markdown, in code spans for GitHub;
 * CSV, Jira and Azure Boards escape every word already.
 */
import type { RiskView } from "../assess/assessment-view";
import type { Assessment } from "../assessment";
import { calendarDayIn } from "../calendar-day";
import { programmePlan, type ProgrammePlan } from "../portfolio/programme-plan";
import type { Questionnaire } from "../questionnaire";
import type { ExportDocument } from "./export-document";
import { exportFileName } from "./file-name";
import type { ExportFile, ExportKind, ExportMoment } from "./make-export";
import { escapeMarkdown } from "./markdown-escape";
import { planToCsv } from "./plan-csv";
import { programmeToMarkdown } from "./programme-markdown";
import { codeSpan } from "./trackers/github-body";
import { trackerFile } from "./trackers/tracker-file";
import { DEFAULT_TRACKER_OPTIONS, type TrackerOptions } from "./trackers/tracker-options";

/** Every export but JSON, which is an assessment's own record and has no programme form. */
export type ProgrammeExportKind = Exclude<ExportKind, "json">;

export interface ProgrammeExportInput {
  questionnaire: Questionnaire;
  assessments: readonly Assessment[];
  name: string;
  /** The user's calendar day (YYYY-MM-DD), as assess takes it. */
  today?: string;
}

/** A risk without its citations: one application's files must not be quoted for another's action. */
const withoutEvidence = (risk: RiskView): RiskView => ({ ...risk, why: risk.why.map(({ evidence: _evidence, ...reason }) => reason) });

/** The combined plan as the plan CSV and tracker exports read a document: the plan, its risks, and the programme's name. */
export function programmeDocument(plan: ProgrammePlan, exportedAt: Date): ExportDocument {
  const stamp = exportedAt.toISOString();
  const risks = plan.risks.map(withoutEvidence);
  return {
    assessment: {
      id: "programme",
      name: plan.name,
      createdAt: stamp,
      updatedAt: stamp,
      contentVersion: plan.contentVersion,
      answers: {},
      decisions: {},
    },
    contentVersion: plan.contentVersion,
    empty: false,
    visibility: { visible: [], effective: {} },
    areas: [],
    risks,
    openRisks: risks,
    settledRisks: [],
    reviewDue: [],
    lapsedDecisions: [],
    matrix: [],
    bandCounts: { critical: 0, high: 0, medium: 0, low: 0 },
    plan: plan.plan,
    evidenced: [],
    summary: { topRisks: [], unknownAreas: [], incompleteAreas: [] },
    exportedAt,
  };
}

const NAME_FORMATS: Partial<Record<ProgrammeExportKind, (name: string) => string>> = { markdown: escapeMarkdown, github: codeSpan };

export function makeProgrammeExport(
  kind: ProgrammeExportKind,
  input: ProgrammeExportInput,
  { now, timeZone }: ExportMoment,
  options: TrackerOptions = DEFAULT_TRACKER_OPTIONS,
): ExportFile {
  const nameOf = NAME_FORMATS[kind];
  const plan = programmePlan(input.questionnaire, input.assessments, {
    name: input.name,
    ...(input.today ? { today: input.today } : {}),
    ...(nameOf ? { nameOf } : {}),
  });
  const today = calendarDayIn(now, timeZone);
  const doc = programmeDocument(plan, now);
  switch (kind) {
    case "markdown":
      return {
        fileName: exportFileName(`${input.name} programme`, today, "md"),
        text: programmeToMarkdown(plan, now, timeZone),
        mimeType: "text/markdown",
      };
    case "csv":
      return { fileName: exportFileName(`${input.name} programme plan`, today, "csv"), text: planToCsv(doc), mimeType: "text/csv" };
    case "jira":
    case "azure-boards":
    case "github":
      return trackerFile(kind, doc, input.name, today, options);
  }
}
