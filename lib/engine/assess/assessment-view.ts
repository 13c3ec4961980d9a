/**
 * The finished view of one assessment: everything a page, the print view and every export
 * shows, already derived and resolved to words. Renderers add layout, never facts, so the
 * screen, the PDF, Markdown and CSV cannot disagree.
 */
import type { AnswerValue } from "../answers";
import type { DiscoveryTask } from "../discovery";
import type { Assessment, Decision } from "../assessment";
import type { BandCounts, MatrixCell } from "../matrix";
import type { PlannedAction, PlanSummary } from "../plan";
import type { AreaStatus } from "../progress";
import type { Question } from "../questionnaire";
import type { ReadinessLevel } from "../readiness-level";
import type { RaisedRisk } from "../risks";
import type { Band } from "../scoring";
import type { Visibility } from "../visibility";
import type { RiskDecisionView } from "./risk-decision-view";

export type { RiskDecisionView };

export interface QuestionView {
  question: Question;
  answer: AnswerValue | undefined;
  /** The answer in words ("Not answered" when there is none). */
  answerText: string;
  /** The answer's labels, one per chosen option (empty when not answered). */
  answerLabels: string[];
  answered: boolean;
  /** Where the answer came from, when it was accepted from the team's files ("Dockerfile, line 14: USER root"). */
  evidence?: string;
}

export interface AreaReadinessView {
  /** 0–100, or null when nothing in the area was answered. */
  score: number | null;
  level: ReadinessLevel;
  levelLabel: string;
  riskCount: number;
  worstBand: Band | null;
}

/** An area's progress, from the questions and answers alone (no risks needed). */
export interface AreaProgressView {
  id: string;
  title: string;
  /** For tight spaces such as the readiness chart's labels. */
  shortTitle: string;
  status: AreaStatus;
  shown: number;
  answered: number;
  requiredShown: number;
  /** The questions shown, in content order, with their answers. */
  questions: QuestionView[];
  /** Required questions shown but not answered: what the wizard's Continue asks for. */
  unansweredRequired: Question[];
  /** Answered questions whose answer is not "not sure" (or another unknown option). */
  known: number;
  /** `known` as a share of `answered`, 0–100; null when nothing is answered. */
  knownShare: number | null;
  /** The share in words, e.g. "75% known (3 of 4 answers)". */
  knownLabel: string;
}

export interface AreaView extends AreaProgressView {
  readiness: AreaReadinessView;
}

export interface ActionRef {
  id: string;
  title: string;
  phaseTitle: string;
}

export interface ReasonView {
  question: string;
  area: string;
  prompt: string;
  answer: string;
  /** Where the answer came from, when it was accepted from the team's files. */
  evidence?: string;
}

export interface RiskView extends RaisedRisk {
  title: string;
  areaTitle: string;
  description: string;
  affects: string;
  /** The answers that raised it, limited to questions shown. */
  why: ReasonView[];
  /** Actions that mitigate it, in plan order. */
  actions: ActionRef[];
  /** What the team decided instead of mitigating it, when it decided: accepted, or mitigated another way. */
  decision?: RiskDecisionView;
}

/** A decision on a risk the current answers do not raise: kept for the record, settling nothing. */
export interface LapsedDecisionView {
  id: string;
  title: string;
  decision: RiskDecisionView;
}

/** A "find out" task's question, whom to ask, and what rests on it, in words. */
export interface DiscoveryView extends DiscoveryTask {
  prompt: string;
  areaTitle: string;
  askTitle: string;
  /** The unknown answer in words (e.g. "Not sure"). */
  answerText: string;
}

export interface ActionView extends PlannedAction {
  title: string;
  detail: string;
  phaseTitle: string;
  ownerTitle: string;
  priorityLabel: string;
  effortLabel: string;
  /** The effort as a range of time (e.g. "1–2 weeks"): sizes are estimates. */
  effortRange: string;
  /** The priority comes from an action that needs this one first, not from its own risks. */
  inheritedPriority: boolean;
  decision: Decision;
  statusLabel: string;
  /** Every risk it mitigates is settled (accepted or mitigated another way) and nothing open needs it. */
  setAside: boolean;
  /** Titles of `mitigates`, in the same order. */
  riskTitles: string[];
  /** Titles of `dependsOn`, in the same order. */
  dependsOnTitles: string[];
  references: readonly { label: string; url: string }[];
  discovery?: DiscoveryView;
}

/** One of the few actions to begin with, and why now. */
export interface StartHereView {
  id: string;
  /** The action's position in the whole plan. */
  order: number;
  title: string;
  phaseTitle: string;
  ownerTitle: string;
  effortRange: string;
  priorityLabel: string;
  /** A "find out" task rather than an action. */
  discovery: boolean;
  /** One line, made from the plan: the risk it mitigates, what waits on it, or what rests on the answer. */
  whyNow: string;
}

export interface PhaseView {
  id: string;
  title: string;
  summary: string;
  actions: ActionView[];
}

export interface CountView {
  id: string;
  title: string;
  count: number;
}

export interface PlanView {
  /** At most START_HERE_LIMIT actions to begin with, in the order to take them. */
  startHere: StartHereView[];
  phases: PhaseView[];
  summary: PlanSummary;
  /** The summary's range in words, e.g. "210–480 person-days". */
  personDaysLabel: string;
  /** The summary's counts with their titles, in the summary's order. */
  byPhase: CountView[];
  byOwner: CountView[];
  /** Actions done or not applicable. */
  decided: number;
}

export interface MatrixCellView extends MatrixCell {
  /** `settled`: accepted or mitigated another way, still shown (marked) rather than hidden. */
  risks: { id: string; title: string; settled: boolean; /** The settling decision's kind in words. */ settledAs?: string }[];
  /** How many of `risks` are settled. */
  settledCount: number;
}

export interface MatrixRowView {
  impact: MatrixCell["impact"];
  cells: MatrixCellView[];
}

export interface EvidencedAnswerView {
  question: string;
  area: string;
  areaTitle: string;
  prompt: string;
  answer: string;
  evidence: string;
}

export interface AssessmentView {
  /** The assessment, its answers cut down to those of questions shown. */
  assessment: Assessment;
  contentVersion: string;
  /** No question has an answer that counts yet. */
  empty: boolean;
  visibility: Visibility;
  areas: AreaView[];
  /** Every raised risk, most severe first, settled or not. */
  risks: RiskView[];
  /** The risks to deal with: not settled by a decision in force (those due for review among them). */
  openRisks: RiskView[];
  /** Risks accepted or mitigated another way, the decision in force. */
  settledRisks: RiskView[];
  /** Risks whose decision no longer applies: the review date passed, or the answers changed. */
  reviewDue: RiskView[];
  /** Decisions on risks the answers no longer raise. */
  lapsedDecisions: LapsedDecisionView[];
  matrix: MatrixRowView[];
  bandCounts: BandCounts;
  plan: PlanView;
  /** Answers accepted from the team's files, in questionnaire order, each with its citation. */
  evidenced: EvidencedAnswerView[];
  summary: {
    topRisks: RiskView[];
    /** Areas nobody answered: unknowns, not a clean bill of health. */
    unknownAreas: AreaView[];
    incompleteAreas: AreaView[];
  };
}
