/**
 * The portfolio: every assessment as a row, every area as a column, each cell the area's
 * readiness exactly as the assessment's own results show it (assess), in numbers and words,
 * plus what the pilot ranking weighs: open critical and high risks, unknowns, criticality,
 * dependencies and state. Rows are in name order, then id.
 */
import type { AssessOptions } from "../assess/assess";
import { assess } from "../assess/assess";
import type { AssessmentView } from "../assess/assessment-view";
import { answerOf, isUnknownAnswer, type Answers } from "../answers";
import type { Assessment } from "../assessment";
import type { Questionnaire } from "../questionnaire";
import { READINESS_LEVEL_LABELS, readinessLevel, type ReadinessLevel } from "../readiness-level";
import {
  CRITICALITY_NOT_GIVEN,
  criticalityOf,
  dependenciesOf,
  STATEFULNESS_LABELS,
  statefulnessOf,
  type Criticality,
  type Dependencies,
  type Statefulness,
} from "./application-facts";
import { byNameThenId } from "./order";

export interface PortfolioColumn {
  id: string;
  title: string;
  shortTitle: string;
}

export interface ReadinessCell {
  /** 0–100, or null when nothing in it is answered. */
  score: number | null;
  level: ReadinessLevel;
  levelLabel: string;
  /** The figure and its words, e.g. "72 · Some work"; colour is never the only signal. */
  text: string;
}

export interface PortfolioCell extends ReadinessCell {
  area: string;
}

/**
 * What is not known: answers that say so ("not sure", "not decided", "nobody named") and
 * required questions shown but unanswered. Optional questions left blank are not counted.
 */
export interface UnknownCount {
  notSure: number;
  unanswered: number;
  total: number;
  /** The questions counted, in content order. */
  questions: string[];
}

export interface PortfolioRow {
  id: string;
  name: string;
  /** One per column, in the columns' order. */
  cells: PortfolioCell[];
  /** The mean of the areas that have a figure. */
  readiness: ReadinessCell;
  /** Open risks only: one the team accepted or mitigates another way is not counted. */
  critical: number;
  high: number;
  unknowns: UnknownCount;
  criticality: Criticality | null;
  criticalityLabel: string;
  dependencies: Dependencies;
  statefulness: Statefulness;
  statefulnessLabel: string;
  /** Its own first-wave answers, as the ranking checks them when there is no programme. */
  firstWave: FirstWave;
}

/** The answers that count to scope.first-workload and scope.pilot-name (option id and text), or null. */
export interface FirstWave {
  firstWorkload: string | null;
  pilotName: string | null;
}

export interface PortfolioView {
  columns: PortfolioColumn[];
  rows: PortfolioRow[];
}

export type PortfolioOptions = AssessOptions;

export function readinessCell(score: number | null): ReadinessCell {
  const level = readinessLevel(score);
  const levelLabel = READINESS_LEVEL_LABELS[level];
  return { score, level, levelLabel, text: score === null ? levelLabel : `${score} · ${levelLabel}` };
}

function unknownsOf(view: AssessmentView): UnknownCount {
  const notSure = view.areas.flatMap((area) =>
    area.questions.filter((q) => isUnknownAnswer(q.question, q.answer)).map((q) => q.question.id),
  );
  const unanswered = new Set(view.areas.flatMap((area) => area.unansweredRequired.map((question) => question.id)));
  const counted = new Set([...notSure, ...unanswered]);
  const order = view.areas.flatMap((area) => area.questions.map((q) => q.question.id));
  return { notSure: notSure.length, unanswered: unanswered.size, total: counted.size, questions: order.filter((id) => counted.has(id)) };
}

function textOf(answers: Answers, questionId: string): string | null {
  const value = answerOf(answers, questionId);
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

export function portfolioRow(view: AssessmentView): PortfolioRow {
  const cells = view.areas.map((area): PortfolioCell => ({ area: area.id, ...readinessCell(area.readiness.score) }));
  const scores = cells.flatMap((cell) => (cell.score === null ? [] : [cell.score]));
  const answers = view.visibility.effective;
  const criticality = criticalityOf(answers);
  const statefulness = statefulnessOf(answers);
  return {
    id: view.assessment.id,
    name: view.assessment.name,
    cells,
    readiness: readinessCell(scores.length === 0 ? null : Math.round(scores.reduce((sum, score) => sum + score, 0) / scores.length)),
    critical: view.openRisks.filter((risk) => risk.band === "critical").length,
    high: view.openRisks.filter((risk) => risk.band === "high").length,
    unknowns: unknownsOf(view),
    criticality,
    criticalityLabel: criticality?.label ?? CRITICALITY_NOT_GIVEN,
    dependencies: dependenciesOf(answers),
    statefulness,
    statefulnessLabel: STATEFULNESS_LABELS[statefulness],
    firstWave: { firstWorkload: textOf(answers, "scope.first-workload"), pilotName: textOf(answers, "scope.pilot-name") },
  };
}

/** Each assessment's view beside its row, in row order: the programme plan reuses the views. */
export function assessedPortfolio(
  questionnaire: Questionnaire,
  assessments: readonly Assessment[],
  options: PortfolioOptions = {},
): { view: AssessmentView; row: PortfolioRow }[] {
  return [...assessments].sort(byNameThenId).map((assessment) => {
    const view = assess(questionnaire, assessment, options);
    return { view, row: portfolioRow(view) };
  });
}

export function portfolioColumns(questionnaire: Pick<Questionnaire, "areas">): PortfolioColumn[] {
  return questionnaire.areas.map((area) => ({ id: area.id, title: area.title, shortTitle: area.shortTitle ?? area.title }));
}

export function assessPortfolio(
  questionnaire: Questionnaire,
  assessments: readonly Assessment[],
  options: PortfolioOptions = {},
): PortfolioView {
  return {
    columns: portfolioColumns(questionnaire),
    rows: assessedPortfolio(questionnaire, assessments, options).map((entry) => entry.row),
  };
}
