/**
 * The portfolio's part of the engine's public surface (re-exported whole by index.ts):
 * question and action levels, programmes and inheritance, the heat map, the pilot ranking
 * and the programme plan.
 */
export { checkLevels } from "../soundness/level-checks";
export { isProgrammeQuestion, programmeQuestionIds, questionLevel, questionLevels } from "./levels";
export { checkProgramme, MAX_PROGRAMME_MEMBERS, type Programme, type ProgrammeMember } from "./programme";
export {
  applyProgrammeAnswer,
  inheritanceOf,
  inheritedAnswers,
  joinProgramme,
  programmeChange,
  sameAnswer,
  type AffectedApplication,
  type AppliedChange,
  type InheritanceState,
  type ProgrammeChange,
} from "./inheritance";
export { QUESTION_LEVELS, type QuestionLevel } from "../questionnaire";
export { actionLevel, actionLevels, riskLevel } from "./action-levels";
export {
  CRITICALITY_LABELS,
  CRITICALITY_NOT_GIVEN,
  CRITICALITY_QUESTION,
  CRITICALITY_RANKS,
  DEPENDENCY_TIES,
  STATEFULNESS_LABELS,
  type Criticality,
  type Dependencies,
  type DependencyMap,
  type Statefulness,
} from "./application-facts";
export {
  assessPortfolio,
  readinessCell,
  type FirstWave,
  type PortfolioCell,
  type PortfolioColumn,
  type PortfolioOptions,
  type PortfolioRow,
  type PortfolioView,
  type ReadinessCell,
  type UnknownCount,
} from "./portfolio-view";
export {
  PILOT_WEIGHTS,
  rankPilots,
  type PilotPlace,
  type PilotRanking,
  type PilotScore,
  type PilotWarning,
  type WarningSource,
} from "./pilot-ranking";
export {
  programmePlan,
  type ApplicationNeed,
  type ApplicationPlanView,
  type ProgrammeActionView,
  type ProgrammePlan,
  type ProgrammePlanOptions,
} from "./programme-plan";
export type { NameFormat } from "./combined-plan";
export { overviewFrom, portfolioOverview, type AssessedApplication, type OverviewOptions, type PortfolioOverview } from "./overview";
export { assessedPortfolio, portfolioColumns } from "./portfolio-view";
export { byNameThenId } from "./order";
export { inheritanceNotes, programmeOf, type InheritanceNote } from "./inheritance-notes";
export type { ProgrammeExportInput, ProgrammeExportKind } from "../exports/programme-export";
