/**
 * Which application to move first. Each gets a score, highest first:
 *
 *   readiness (0–100, the mean of its areas; 0 when nothing is answered)
 *   − 15 per open critical risk
 *   − 10 per step of criticality above an internal tool (business-critical −30; not sure or not given −30)
 *   − 5 per dependency, and 1 or 2 more for a dependency map drawn only partly or not at all
 *   − 2 per unknown (a "not sure" answer or a required question unanswered)
 *   − 10 when it keeps state, or nobody knows whether it does
 *
 * An unknown never scores better than the worst known answer. Equal scores go by name, then
 * id, so the ranking is the same every time. Each place says why in one sentence, and the
 * team's own first-wave choice is checked against the top place.
 */
import { answerOf, type AnswerValue } from "../answers";
import { answerText } from "../answer-text";
import type { Question, Questionnaire } from "../questionnaire";
import { CRITICALITY_RANKS } from "./application-facts";
import { byNameThenId } from "./order";
import type { PortfolioRow, PortfolioView } from "./portfolio-view";
import type { Programme } from "./programme";
import { capitalised, counted, listed, ordinal } from "./words";

export const PILOT_WEIGHTS = { criticalRisk: 15, criticalityStep: 10, dependency: 5, unknown: 2, state: 10 } as const;

const MOST_CRITICAL = Math.max(...Object.values(CRITICALITY_RANKS));

export interface PilotScore {
  readiness: number;
  criticalRisks: number;
  criticality: number;
  dependencies: number;
  unknowns: number;
  state: number;
}

export interface PilotPlace {
  /** 1-based. */
  place: number;
  assessmentId: string;
  name: string;
  score: number;
  /** The score's parts (penalties negative), for a page that shows the working. */
  parts: PilotScore;
  /** Why this place, e.g. "Stateless, no critical risks, two dependencies, 78 readiness, internal tool, no unknowns". */
  reason: string;
}

export type WarningSource = { kind: "programme"; id: string; name: string } | { kind: "assessments"; ids: string[]; names: string[] };

export interface PilotWarning {
  question: string;
  prompt: string;
  /** The answer in words. */
  answer: string;
  source: WarningSource;
  /** The place the choice contradicts. */
  contradicts: { assessmentId: string; name: string; place: number };
  text: string;
}

export interface PilotRanking {
  places: PilotPlace[];
  warnings: PilotWarning[];
}

/** A penalty of `weight` per unit, never -0. */
const less = (weight: number, units: number): number => (units === 0 ? 0 : -weight * units);

function scoreOf(row: PortfolioRow): PilotScore {
  const map = row.dependencies.map;
  return {
    readiness: row.readiness.score ?? 0,
    criticalRisks: less(PILOT_WEIGHTS.criticalRisk, row.critical),
    criticality: less(PILOT_WEIGHTS.criticalityStep, (row.criticality?.rank ?? MOST_CRITICAL) - 1),
    dependencies: less(PILOT_WEIGHTS.dependency, row.dependencies.count + (map === "unmapped" ? 2 : map === "partial" ? 1 : 0)),
    unknowns: less(PILOT_WEIGHTS.unknown, row.unknowns.total),
    state: row.statefulness === "stateless" ? 0 : -PILOT_WEIGHTS.state,
  };
}

function reasonOf(row: PortfolioRow): string {
  const { count, map } = row.dependencies;
  const dependencies = counted(count, "dependency", "dependencies");
  const criticality =
    row.criticality === null
      ? "criticality not given"
      : row.criticality.rank === null
        ? "criticality not sure"
        : row.criticality.label.toLowerCase();
  return [
    row.statefulnessLabel.toLowerCase(),
    counted(row.critical, "critical risk", "critical risks"),
    map === "unmapped"
      ? `${dependencies} known, the rest not mapped`
      : map === "partial"
        ? `${dependencies} known, the rest partly mapped`
        : dependencies,
    row.readiness.score === null ? "no readiness figure yet" : `${row.readiness.score} readiness`,
    criticality,
    counted(row.unknowns.total, "unknown", "unknowns"),
  ].join(", ");
}

export function rankPlaces(rows: readonly PortfolioRow[]): PilotPlace[] {
  return rows
    .map((row) => {
      const parts = scoreOf(row);
      const score = Object.values(parts).reduce((sum, part) => sum + part, 0);
      return { row, parts, score };
    })
    .sort((a, b) => b.score - a.score || byNameThenId(a.row, b.row))
    .map(({ row, parts, score }, index) => ({
      place: index + 1,
      assessmentId: row.id,
      name: row.name,
      score,
      parts,
      reason: capitalised(reasonOf(row)),
    }));
}

const FIRST_WORKLOAD = "scope.first-workload";
const PILOT_NAME = "scope.pilot-name";

type ChoiceSources = { programme?: Pick<Programme, "id" | "name" | "answers"> };

/** One answer to a first-wave question and who gave it: the programme, or the assessments that gave the same. */
interface Choice {
  source: WarningSource;
  value: AnswerValue;
}

function choicesOf(questionId: string, rows: readonly PortfolioRow[], from: ChoiceSources): Choice[] {
  if (from.programme) {
    const value = answerOf(from.programme.answers, questionId);
    return value === undefined ? [] : [{ source: { kind: "programme", id: from.programme.id, name: from.programme.name }, value }];
  }
  // Assessments that answered alike speak as one, so fifty alike give one warning.
  const groups = new Map<string, { ids: string[]; names: string[]; value: AnswerValue }>();
  for (const row of [...rows].sort(byNameThenId)) {
    const value = questionId === FIRST_WORKLOAD ? row.firstWave.firstWorkload : row.firstWave.pilotName;
    if (value === null) continue;
    const key = value.trim().toLowerCase();
    const group = groups.get(key) ?? { ids: [], names: [], value };
    group.ids.push(row.id);
    group.names.push(row.name);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ ids, names, value }) => ({ source: { kind: "assessments", ids, names }, value }));
}

/** What the top place says against each first-workload answer, if anything. */
function againstFirstWorkload(value: AnswerValue, top: PortfolioRow): string | undefined {
  switch (value) {
    case "new-stateless":
    case "existing-stateless":
      return top.statefulness === "stateless"
        ? undefined
        : `the best-placed application, “${top.name}”, ${top.statefulness === "stateful" ? "keeps state" : "may keep state (nobody knows)"}, and no stateless application ranks above it`;
    case "legacy-stateful":
      return top.statefulness === "stateless"
        ? `the best-placed application, “${top.name}”, is stateless: learn the platform there and move the stateful system once it has proved itself`
        : undefined;
    case "most-critical":
      return top.criticality?.rank === MOST_CRITICAL
        ? undefined
        : `the ranking puts “${top.name}” (${top.criticality?.label.toLowerCase() ?? "criticality not given"}) first: learn the platform where an outage costs least`;
    default:
      return undefined;
  }
}

/** What the ranking says against naming this pilot, if anything. */
function againstPilotName(
  choice: Choice,
  places: readonly PilotPlace[],
  rows: ReadonlyMap<string, PortfolioRow>,
): { text: string; place: PilotPlace } | undefined {
  const key = typeof choice.value === "string" ? choice.value.trim().toLowerCase() : "";
  const pilot = places.find((place) => key !== "" && place.name.trim().toLowerCase() === key);
  const first = places[0];
  if (!pilot || !first || pilot.place === 1) return undefined;
  // An assessment naming itself says only what it is about; a programme's choice, or one naming another, is a choice.
  if (choice.source.kind === "assessments" && choice.source.ids.every((id) => id === pilot.assessmentId)) return undefined;
  const critical = rows.get(pilot.assessmentId)?.criticality?.rank === MOST_CRITICAL ? ", a business-critical application," : "";
  return {
    text: `“${pilot.name}”${critical} ranks ${ordinal(pilot.place)} of ${places.length} (${pilot.reason.toLowerCase()}), and “${first.name}” ranks first (${first.reason.toLowerCase()})`,
    place: pilot,
  };
}

function warningOf(question: Question, choice: Choice, contradiction: string, against: PilotPlace): PilotWarning {
  const answer = answerText(question, choice.value);
  const source = choice.source.kind === "programme" ? `the programme “${choice.source.name}”` : listed(choice.source.names);
  return {
    question: question.id,
    prompt: question.prompt,
    answer,
    source: choice.source,
    contradicts: { assessmentId: against.assessmentId, name: against.name, place: against.place },
    text: `In ${source}, the answer to “${question.prompt}” is “${answer}”, but ${contradiction}.`,
  };
}

/**
 * The ranking of the portfolio's rows, and warnings where the team's first-wave choice
 * (scope.first-workload, scope.pilot-name) contradicts it: the programme's, when given,
 * else each row's own (rows that answered alike give one warning).
 */
export function rankPilots(questionnaire: Questionnaire, portfolio: Pick<PortfolioView, "rows">, from: ChoiceSources = {}): PilotRanking {
  const places = rankPlaces(portfolio.rows);
  const rows = new Map(portfolio.rows.map((row) => [row.id, row]));
  const first = places[0];
  const top = first && rows.get(first.assessmentId);
  const byId = new Map(questionnaire.questions.map((question) => [question.id, question]));
  const workload = byId.get(FIRST_WORKLOAD);
  const pilotName = byId.get(PILOT_NAME);
  if (!first || !top) return { places, warnings: [] };
  const warnings: PilotWarning[] = [];
  for (const choice of workload ? choicesOf(FIRST_WORKLOAD, portfolio.rows, from) : []) {
    const against = againstFirstWorkload(choice.value, top);
    if (workload && against) warnings.push(warningOf(workload, choice, against, first));
  }
  for (const choice of pilotName ? choicesOf(PILOT_NAME, portfolio.rows, from) : []) {
    const against = againstPilotName(choice, places, rows);
    if (pilotName && against) warnings.push(warningOf(pilotName, choice, against.text, against.place));
  }
  return { places, warnings };
}
