/**
 * The engine's one public surface. Everything outside lib/engine imports from here and
 * nowhere else (ESLint enforces it): pages, the print view and every export render the
 * finished view `assess` returns; outside data comes in only through `admit`.
 * Heavy, rarely used paths (exports, link encoding, imports) are loaded on demand.
 */
import type { AssessmentView } from "./assess/assessment-view";
import type { Assessment } from "./assessment";
import type { ExportFile, ExportKind, ExportMoment } from "./exports/make-export";
import type { AdrArchive } from "./exports/adr/adr-archive";
import type { AdrFile } from "./exports/adr/madr";
import type { TrackerOptions } from "./exports/trackers/tracker-options";
import type { Questionnaire } from "./questionnaire";
import type { ArtefactInput, ReadArtefact } from "./evidence/facts";
import type { Proposal, proposeAnswers as ProposeAnswersFn } from "./evidence/propose";
import type { ShareLink } from "./share/share-link";

type ProposeAnswers = typeof ProposeAnswersFn;
import type { teamSummaryFile as TeamSummaryFile } from "./team/team-markdown";

// The verbs.
export { assess } from "./assess/assess";
export { areaProblems, type AreaProblem } from "./assess/area-check";
export { assessAreas } from "./assess/assess-areas";
export { filterPlan, type FilteredPlan, type PlanFilter } from "./assess/plan-filter";
export { compareAssessments as compare, type ComparedRisk, type ComparisonView } from "./compare-assessments";
export { agreedAnswers, compareResponses } from "./team/compare-responses";

/** The team summary as a Markdown file (loaded on demand, like the other exports). */
export async function exportTeamSummary(...args: Parameters<typeof TeamSummaryFile>): Promise<{ fileName: string; text: string }> {
  const { teamSummaryFile } = await import("./team/team-markdown");
  return teamSummaryFile(...args);
}

/** An export of the view, as a file (loaded on demand: most visits never export). */
export async function exportAs(
  kind: ExportKind,
  view: AssessmentView,
  moment: ExportMoment,
  options?: TrackerOptions,
): Promise<ExportFile> {
  const { makeExport } = await import("./exports/make-export");
  return makeExport(kind, view, moment, options);
}

/** A risk decision as an Architecture Decision Record (MADR), one Markdown file (loaded on demand). */
export async function exportDecision(view: AssessmentView, riskId: string, moment: ExportMoment): Promise<AdrFile> {
  const { adrFor } = await import("./exports/adr/madr");
  return adrFor(view, riskId, moment);
}

/** Every risk decision as numbered MADR records and their decision log, in one ZIP file (loaded on demand). */
export async function exportDecisionArchive(view: AssessmentView, moment: ExportMoment): Promise<AdrArchive> {
  const { adrArchive } = await import("./exports/adr/adr-archive");
  return adrArchive(view, moment);
}

/** A backup of exactly what was entered, importable, needing no questionnaire (for when saving fails). */
export async function backupAs(assessment: Assessment, moment: ExportMoment): Promise<{ fileName: string; text: string }> {
  const { backupExport } = await import("./exports/backup-export");
  return backupExport(assessment, moment.now, moment.timeZone);
}

/** The fragment of a result link (loaded on demand). */
export async function shareLink(
  questionnaire: Pick<Questionnaire, "version" | "questions" | "actions" | "risks">,
  assessment: Assessment,
  options: { codebookIndex: number; timeZone: string },
): Promise<ShareLink> {
  const { makeShareLink } = await import("./share/share-link");
  return makeShareLink(questionnaire, assessment, options);
}

/** Reads the team's files (Dockerfiles, Compose files, Kubernetes YAML) into facts; the parsers load on demand. */
export async function readEvidence(inputs: readonly ArtefactInput[]): Promise<ReadArtefact[]> {
  const { readArtefacts } = await import("./evidence/read-artefacts");
  return readArtefacts(inputs);
}

/** The answers the facts support, by the content's evidence rules, beside the answers already given. */
export async function proposeFromFacts(...args: Parameters<ProposeAnswers>): Promise<Proposal[]> {
  return (await loadProposer())(...args);
}

/** The proposer itself, for a page that proposes again on every change once files are read. */
export async function loadProposer(): Promise<ProposeAnswers> {
  const { proposeAnswers } = await import("./evidence/propose");
  return proposeAnswers;
}

// The one way in for outside data.
export { admitFile, type AdmittedFile } from "./admit/admit-file";
export { admitLink, type AdmittedLink } from "./admit/admit-link";
export { admitRecord, type AdmittedRecord } from "./admit/admit-record";
export { admitResponse, admitResponseFile, type AdmittedResponse, type ResponseContext } from "./admit/admit-response";
export type { Upgraded } from "./admit/upgraded";
export { RECORD_VERSION, writeRecord } from "./admit/stored-record";
export { MAX_IMPORT_BYTES } from "./exports/import-limit";

// The view and what it is made of.
export type {
  ActionRef,
  ActionView,
  AreaProgressView,
  AreaReadinessView,
  AreaView,
  AssessmentView,
  CountView,
  DiscoveryView,
  MatrixCellView,
  MatrixRowView,
  PhaseView,
  PlanView,
  QuestionView,
  ReasonView,
  RiskView,
  StartHereView,
} from "./assess/assessment-view";
export { START_HERE_LIMIT } from "./assess/start-here";
export { DISCOVERY_PREFIX, type DiscoveryTask } from "./discovery";
export { DECISION_LABELS } from "./assess/decision-labels";
export type { ExportFile, ExportKind, ExportMoment } from "./exports/make-export";
export type { AdrArchive } from "./exports/adr/adr-archive";
export type { AdrFile } from "./exports/adr/madr";
export type { TrackerOptions } from "./exports/trackers/tracker-options";
export type { ShareLink } from "./share/share-link";
export {
  ARTEFACT_KIND_LABELS,
  type ArtefactInput,
  type ArtefactKind,
  type Fact,
  type FactId,
  type ReadArtefact,
  type Source,
} from "./evidence/facts";
export type { EvidenceRule } from "./evidence/evidence-rule";
export type { Proposal } from "./evidence/propose";
export { citationLead, citationOf, evidencePhrase } from "./evidence/citation";
export { EVIDENCE_LIMITS, oversizedReason } from "./evidence/limits";
export { checkEvidenceRules } from "./evidence/check-rules";
/** Answers by question id, checked as a saved record's are (for drafts kept outside an assessment). */
export { checkAnswers } from "./assessment-shape";
export { READINESS_LEVEL_LABELS, readinessLevel, type ReadinessLevel } from "./readiness-level";

// Values and types the UI names.
export type { Answers, AnswerValue } from "./answers";
export { answerOf, isAnswered, isUnknownAnswer, MAX_TEXT_ANSWER_LENGTH } from "./answers";
export { answerLabels, answerText, NOT_ANSWERED } from "./answer-text";
export type { Assessment, Decision, DecisionStatus, RiskDecision, RiskDecisionKind } from "./assessment";
export { RISK_DECISION_KINDS } from "./assessment";
export { RISK_DECISION_LABELS } from "./assess/decision-labels";
export type { AssessOptions } from "./assess/assess";
export type { LapsedDecisionView, RiskDecisionView } from "./assess/assessment-view";
export { riskBasis } from "./risk-basis";
export { checkRiskDecisionForm, type RiskDecisionInput, type RiskDecisionValues } from "./risk-decision-form";
export {
  decisionFor,
  newestFirst,
  oldestFirst,
  EVIDENCE_MAX_LENGTH,
  NAME_MAX_LENGTH,
  NOTE_MAX_LENGTH,
  OPEN_DECISION,
  PERSON_MAX_LENGTH,
} from "./assessment";
export {
  checkAssessmentMeta,
  checkAssessmentName,
  type AssessmentMetaInput,
  type AssessmentMetaValues,
  type FieldProblem,
  type FormCheck,
} from "./assessment-meta";
export { calendarDayIn, isoDay, localDayStamp, type CalendarDay } from "./calendar-day";
export { compareResults, type Comparison } from "./compare";
export { indexContent, titleOf, type ContentIndex } from "./content-index";
export { evaluate, type Evaluation } from "./evaluation";
export type { MatrixCell, MatrixRow } from "./matrix";
export {
  EFFORT_DAYS,
  EFFORT_LABELS,
  EFFORT_RANGE_LABELS,
  EFFORT_RANGES,
  PRIORITY_LABELS,
  type DayRange,
  type Plan,
  type PlannedAction,
  type PlanSummary,
  type Priority,
} from "./plan";
export { areaProgress, nextAreaToAnswer, progressOf, type AreaProgress, type AreaStatus } from "./progress";
export { forBrowser, questionLogic } from "./question-logic";
export type {
  Action,
  Area,
  Effort,
  Phase,
  Question,
  QuestionContent,
  QuestionLogic,
  Questionnaire,
  QuestionnaireContent,
  Risk,
  RiskRule,
  Role,
} from "./questionnaire";
export type { AreaReadiness } from "./readiness";
export { evaluateAssessment, TOP_RISKS, type Results } from "./results";
export { filterRisks, isFiltered, type RiskFilter } from "./risk-filter";
export { evaluateRisk, evaluateRisks, type RaisedRisk } from "./risks";
export { BAND_LABELS, BANDS, bandOf, IMPACT_LABELS, isBand, LEVELS, LIKELIHOOD_LABELS, severityOf, type Band, type Level } from "./scoring";
export { codebookOf, type Codebook } from "./share/codebook";
export { decodeLink, type DecodedLink, type LinkErrorKind } from "./share/decode-link";
export { encodeLink } from "./share/encode-link";
export { decodeInvite, encodeInvite, type DecodedInvite, type InviteErrorKind } from "./team/invite-link";
export { encodeResponse, responseFile } from "./team/response-link";
export { INVITE_NOTE_MAX_LENGTH, TEAM_ID_LENGTH, TEAM_ROLE_LABELS, TEAM_ROLES } from "./team/team-types";
export type {
  Agreement,
  AnswerGroup,
  Invitation,
  QuestionComparison,
  RiskComparison,
  RoleDifference,
  TeamComparison,
  TeamResponse,
  TeamRole,
  Voice,
} from "./team/team-types";
export { EMPTY_HISTORY, type IdHistory } from "./share/id-history";
export type { SharedAssessment } from "./share/shared-assessment";
// Checking content (the content tests and npm run content:check).
export { checkContent, formatProblems } from "./soundness/check-content";
export { idHistorySchema } from "./share/id-history-schema";
export { findWitness } from "./soundness/witness";
export { evaluateCondition } from "./evaluate-condition";
export type { Condition } from "./condition";
// The export format, for tools that publish or read it (scripts/export-schema.ts).
export { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, exportFileSchema } from "./exports/json-export";
export { renameThroughHistory } from "./upgrade";
export { resolveVisibility, type Visibility } from "./visibility";
export { findDuplicate, sameContent } from "./duplicate-content";
export { hasVisibleText, visibleText } from "./visible-text";

// Portfolio: programme-level and application-level questions, programmes, the portfolio view.
import type { makeProgrammeExport as MakeProgrammeExport } from "./exports/programme-export";
export * from "./portfolio/public";

/** The programme plan as a file: Markdown, the plan CSV or a tracker import (loaded on demand, like exportAs). */
export async function exportProgrammeAs(...args: Parameters<typeof MakeProgrammeExport>): Promise<ExportFile> {
  const { makeProgrammeExport } = await import("./exports/programme-export");
  return makeProgrammeExport(...args);
}
