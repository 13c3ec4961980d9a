/**
 * The saved form of one assessment, and the migrations that bring an older saved form up
 * to date. Each record carries its own version, so one old or broken record never holds
 * the others back. A record with a bad value loses that value (and says so), never the
 * whole assessment; a record from a newer build is left alone for that build.
 * Records are read as a page starts, so they are checked by hand (assessment-shape.ts),
 * with the rules of the zod schemas but without loading zod.
 */
import { checkAnswerValue } from "../answer-shape";
import { MAX_TEXT_ANSWER_LENGTH, type AnswerValue } from "../answers";
import { NAME_MAX_LENGTH, type Assessment, type Decision, type RiskDecision } from "../assessment";
import { checkAssessment, checkAssessmentId, checkContentVersion, checkEvidence, checkItemId, checkStamp } from "../assessment-shape";
import type { Check } from "../check/issue";
import { isObject } from "../check/object";
import { checkDecision } from "../decision-shape";
import { checkRiskDecision } from "../risk-decision-shape";
import { keptEvidence } from "../evidence/kept-evidence";

export const RECORD_VERSION = 1;

export type Migration = (record: Record<string, unknown>) => Record<string, unknown>;

/**
 * MIGRATIONS[n] turns a version-n record into a version-(n+1) record. Version 1 is the
 * first saved form, so the list is empty; a future change of shape adds a step here and
 * raises RECORD_VERSION, and old records keep opening.
 */
export const MIGRATIONS: readonly Migration[] = [];

export type ReadResult =
  | { ok: true; assessment: Assessment; migrated: boolean; repairs: string[] }
  | { ok: false; newer: true; version: number; name: string | undefined; reason: string }
  | { ok: false; newer: false; reason: string };

/**
 * The envelope around a record: an object (of whatever fields) with a whole, non-negative (safe integer)
 * version, as the zod schema it replaces took it
 * (`z.looseObject({ version: z.number().check(z.int(), z.minimum(0)) })`); its other
 * fields are carried along (an own "__proto__" is not, as zod did not carry it).
 */
function envelopeOf(parsed: unknown): { version: number; record: Record<string, unknown> } | undefined {
  if (!isObject(parsed)) return undefined;
  const version = parsed.version;
  if (typeof version !== "number" || !Number.isSafeInteger(version) || version < 0) return undefined;
  const record: Record<string, unknown> = { version };
  for (const key in parsed) if (key !== "version" && key !== "__proto__") record[key] = parsed[key];
  return { version, record };
}

/** Keeps every answer that is valid on its own; a text over the limit is shortened, not dropped. */
function salvageAnswers(raw: unknown, repairs: string[]): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  if (!isObject(raw)) {
    if (raw !== undefined) repairs.push("its answers could not be read and were left out");
    return answers;
  }
  for (const [id, value] of Object.entries(raw)) {
    if (!checkItemId(id).ok) {
      repairs.push("an answer with an over-long question id was left out");
      continue;
    }
    if (typeof value === "string" && value.length > MAX_TEXT_ANSWER_LENGTH) {
      answers[id] = value.slice(0, MAX_TEXT_ANSWER_LENGTH);
      repairs.push(`the answer to “${id}” was longer than ${MAX_TEXT_ANSWER_LENGTH} characters and was shortened`);
      continue;
    }
    const checked = checkAnswerValue(value);
    if (checked.ok) answers[id] = checked.value;
    else repairs.push(`the answer to “${id}” could not be read and was left out`);
  }
  return answers;
}

/** The entries of a record that pass `check`, each one that does not named in `repairs`. */
function salvageEntries<V>(
  raw: unknown,
  check: Check<V>,
  repairs: string[],
  words: { all: string; one: (id: string) => string },
): Record<string, V> {
  const kept: Record<string, V> = {};
  if (!isObject(raw)) {
    if (raw !== undefined) repairs.push(words.all);
    return kept;
  }
  for (const [id, value] of Object.entries(raw)) {
    const checked = check(value);
    if (checkItemId(id).ok && checked.ok) kept[id] = checked.value;
    else repairs.push(words.one(id));
  }
  return kept;
}

const salvageDecisions = (raw: unknown, repairs: string[]): Record<string, Decision> =>
  salvageEntries(raw, checkDecision, repairs, {
    all: "its plan decisions could not be read and were left out",
    one: (id) => `the decision on “${id}” could not be read and was left out`,
  });

const salvageRiskDecisions = (raw: unknown, repairs: string[]): Record<string, RiskDecision> =>
  salvageEntries(raw, checkRiskDecision, repairs, {
    all: "its decisions on risks could not be read and were left out",
    one: (id) => `the decision on the risk “${id}” could not be read and was left out`,
  });

function salvageName(raw: unknown, repairs: string[]): string | undefined {
  if (typeof raw !== "string" || raw.trim().length === 0) return undefined;
  const name = raw.trim();
  if (name.length <= NAME_MAX_LENGTH) return name;
  repairs.push(`its name was longer than ${NAME_MAX_LENGTH} characters and was shortened`);
  return [...name].slice(0, NAME_MAX_LENGTH).join("").slice(0, NAME_MAX_LENGTH);
}

/**
 * What can be kept of a record that does not pass as a whole: the identity must be
 * sound (id, dates, a name); any answer, decision or optional field that is not is left out.
 */
function salvage(raw: unknown): { assessment: Assessment; repairs: string[] } | { problem: string } {
  if (!isObject(raw)) return { problem: "it holds no assessment" };
  const repairs: string[] = [];
  const id = checkAssessmentId(raw.id);
  const createdAt = checkStamp(raw.createdAt);
  const updatedAt = checkStamp(raw.updatedAt);
  const name = salvageName(raw.name, repairs);
  if (!id.ok) return { problem: "its id is not valid" };
  if (name === undefined) return { problem: "it has no name" };
  const created = createdAt.ok ? createdAt.value : updatedAt.ok ? updatedAt.value : undefined;
  if (created === undefined) return { problem: "it has no valid dates" };
  const contentVersion = checkContentVersion(raw.contentVersion);
  if (!contentVersion.ok) repairs.push("its questionnaire version could not be read");
  let assessor: string | undefined;
  if (typeof raw.assessor === "string" && raw.assessor.length <= NAME_MAX_LENGTH) assessor = raw.assessor;
  else if (raw.assessor !== undefined) repairs.push("the assessor's name could not be read and was left out");
  const known = new Set([
    "id",
    "name",
    "assessor",
    "createdAt",
    "updatedAt",
    "contentVersion",
    "answers",
    "decisions",
    "evidence",
    "riskDecisions",
  ]);
  if (Object.keys(raw).some((key) => !known.has(key))) repairs.push("fields this app does not know were left out");
  const assessment: Assessment = {
    id: id.value,
    name,
    ...(assessor ? { assessor } : {}),
    createdAt: created,
    updatedAt: updatedAt.ok ? updatedAt.value : created,
    contentVersion: contentVersion.ok ? contentVersion.value : "unknown",
    answers: salvageAnswers(raw.answers, repairs),
    decisions: salvageDecisions(raw.decisions, repairs),
  };
  const evidence = checkEvidence(raw.evidence);
  if (evidence.ok) {
    const kept = keptEvidence(evidence.value, assessment.answers);
    if (kept) assessment.evidence = kept;
  } else if (raw.evidence !== undefined) repairs.push("where its answers came from could not be read and was left out");
  const riskDecisions = salvageRiskDecisions(raw.riskDecisions, repairs);
  if (Object.keys(riskDecisions).length > 0) assessment.riskDecisions = riskDecisions;
  return { assessment, repairs };
}

function looseName(record: Record<string, unknown>): string | undefined {
  const inner = record.assessment;
  return isObject(inner) && typeof inner.name === "string" ? inner.name.slice(0, NAME_MAX_LENGTH) : undefined;
}

export function readRecord(
  raw: string,
  migrations: readonly Migration[] = MIGRATIONS,
  currentVersion: number = RECORD_VERSION,
): ReadResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, newer: false, reason: "it is not valid JSON" };
  }
  const envelope = envelopeOf(parsed);
  if (!envelope) return { ok: false, newer: false, reason: "it has no version number" };
  let record: Record<string, unknown> = envelope.record;
  const from = envelope.version;
  if (from > currentVersion) {
    return {
      ok: false,
      newer: true,
      version: from,
      name: looseName(record),
      reason: `it was saved by a newer version of this app (format ${from})`,
    };
  }
  for (let version = from; version < currentVersion; version += 1) {
    const step = migrations[version];
    if (!step) return { ok: false, newer: false, reason: `there is no way to update format ${version}` };
    record = { ...step(record), version: version + 1 };
  }
  const migrated = from !== currentVersion;
  const whole = checkAssessment(record.assessment);
  if (whole.ok) return { ok: true, assessment: whole.value, migrated, repairs: [] };
  const kept = salvage(record.assessment);
  if ("problem" in kept) return { ok: false, newer: false, reason: kept.problem };
  return { ok: true, assessment: kept.assessment, migrated, repairs: kept.repairs };
}

export function writeRecord(assessment: Assessment): string {
  return JSON.stringify({ version: RECORD_VERSION, assessment });
}
