/**
 * What the team feature keeps in localStorage, beside the assessments and never inside
 * them: the facilitator's team record per assessment (the invitation, the responses as the
 * links they arrived as, and how each question was settled), and a respondent's draft per
 * invitation. Everything read back is checked; a response is re-admitted from its link
 * every time, so it enters through the same validated way as when it was first added.
 */
import { checkAnswers, TEAM_ROLES, type Answers, type AnswerValue, type TeamRole } from "@/lib/engine";
import { KEY_PREFIX } from "./storage-keys";
import { attempt, type WriteOutcome } from "./write-outcome";

export const TEAM_PREFIX = `${KEY_PREFIX}team.`;
export const RESPONSE_PREFIX = `${KEY_PREFIX}response.`;
const VERSION = 1;

export interface TeamRecord {
  team: string;
  areas: "all" | string[];
  note: string;
  /** Each response as the fragment it arrived as (a link or a file holds the same). */
  responses: string[];
  /** How the facilitator settled each question; null leaves it unanswered. */
  settled: Record<string, AnswerValue | null>;
  /** Why, per question, when the facilitator said. */
  notes: Record<string, string>;
}

export interface ResponseDraft {
  /** The invitation's fragment, as opened. */
  invite: string;
  role: TeamRole | null;
  respondent: string;
  answers: Answers;
}

type Store = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === "string");

function parse(store: Store, key: string): Record<string, unknown> | undefined {
  try {
    const text = store.getItem(key);
    if (text === null) return undefined;
    const data: unknown = JSON.parse(text);
    return isRecord(data) && data.version === VERSION ? data : undefined;
  } catch {
    return undefined;
  }
}

function settledOf(value: unknown): Record<string, AnswerValue | null> {
  if (!isRecord(value)) return {};
  const entries: [string, AnswerValue | null][] = [];
  for (const [id, answer] of Object.entries(value)) {
    if (answer === null) entries.push([id, null]);
    else {
      const checked = checkAnswers({ [id]: answer });
      if (checked.ok && Object.hasOwn(checked.value, id)) entries.push([id, checked.value[id] ?? null]);
    }
  }
  return Object.fromEntries(entries);
}

export function readTeam(store: Store, assessmentId: string): TeamRecord | undefined {
  const data = parse(store, `${TEAM_PREFIX}${assessmentId}`);
  if (!data || typeof data.team !== "string") return undefined;
  const areas = data.areas === "all" || isStrings(data.areas) ? data.areas : "all";
  const notes = isRecord(data.notes)
    ? Object.fromEntries(Object.entries(data.notes).filter((entry): entry is [string, string] => typeof entry[1] === "string"))
    : {};
  return {
    team: data.team,
    areas,
    note: typeof data.note === "string" ? data.note : "",
    responses: isStrings(data.responses) ? data.responses : [],
    settled: settledOf(data.settled),
    notes,
  };
}

export function writeTeam(store: Store, assessmentId: string, record: TeamRecord): WriteOutcome {
  return attempt(() => store.setItem(`${TEAM_PREFIX}${assessmentId}`, JSON.stringify({ version: VERSION, ...record })));
}

export function readDraft(store: Store, team: string): ResponseDraft | undefined {
  const data = parse(store, `${RESPONSE_PREFIX}${team}`);
  if (!data || typeof data.invite !== "string") return undefined;
  const answers = checkAnswers(data.answers);
  const role = TEAM_ROLES.find((candidate) => candidate === data.role) ?? null;
  return {
    invite: data.invite,
    role,
    respondent: typeof data.respondent === "string" ? data.respondent.slice(0, 80) : "",
    answers: answers.ok ? answers.value : {},
  };
}

export function writeDraft(store: Store, team: string, draft: ResponseDraft): WriteOutcome {
  return attempt(() => store.setItem(`${RESPONSE_PREFIX}${team}`, JSON.stringify({ version: VERSION, ...draft })));
}

/** The browser's localStorage, or undefined where the site may not use it. */
export function localStore(): Store | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}
