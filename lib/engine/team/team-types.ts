/**
 * The team's picture: an invitation to answer some areas, each respondent's response, and
 * how the responses compare. Responses are data like assessments: they travel as links or
 * files and enter only through the admit functions.
 */
import type { Answers, AnswerValue } from "../answers";
import type { Band } from "../scoring";

export const TEAM_ROLES = ["development", "operations", "security", "management", "architecture"] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const TEAM_ROLE_LABELS: Record<TeamRole, string> = {
  development: "Development",
  operations: "Operations / platform",
  security: "Security",
  management: "Management",
  architecture: "Architecture",
};

/** Longest note an invitation carries, so the link stays short enough to paste anywhere. */
export const INVITE_NOTE_MAX_LENGTH = 100;
/** Team ids are short random strings of [a-z0-9]. */
export const TEAM_ID_LENGTH = 10;

/** What "Ask the team" sends: which assessment, which areas, and why. */
export interface Invitation {
  /** Ties responses to the assessment that asked for them (not the assessment's own id, which stays local). */
  team: string;
  /** The assessment's name, shown to respondents. */
  name: string;
  /** Area ids to answer, in questionnaire order; "all" for every area. */
  areas: "all" | string[];
  note?: string | undefined;
}

/** One person's answers, sent back to the facilitator. */
export interface TeamResponse {
  team: string;
  /** The assessment's name, as the invitation gave it. */
  name: string;
  role: TeamRole;
  /** The respondent's name, when they gave it. */
  respondent?: string | undefined;
  /** The day they sent it, as an ISO date-time at midnight UTC (result links carry days). */
  answeredOn: string;
  contentVersion: string;
  /** Their answers to the invited areas' questions (those their own branching showed). */
  answers: Answers;
}

/** Who said something: a role and, when given, a name. */
export interface Voice {
  role: TeamRole;
  respondent?: string | undefined;
  /** "Operations / platform (Grace)", unique within one comparison. */
  label: string;
}

export interface AnswerGroup {
  value: AnswerValue;
  /** The answer in words. */
  text: string;
  voices: Voice[];
  /** The most severe risk this answer raises on this question, with the team's other answers; 0 for none. */
  severity: number;
  band: Band | null;
  /** Titles of the risks that answer raises through this question, most severe first. */
  risks: string[];
}

export type Agreement = "unanimous" | "split" | "unknown-only";

export interface QuestionComparison {
  question: string;
  area: string;
  prompt: string;
  /** Known answers, most voices first (then most severe). */
  groups: AnswerGroup[];
  /** Who answered "not sure" (or another unknown option): shown as unknowns, never as votes. */
  unknown: Voice[];
  agreement: Agreement;
  /** How much the answers change the risks: the most severe group's severity minus the least severe's. */
  spread: number;
  /** The default settlement: the most cautious answer (the one raising the most severe risks). */
  cautious?: AnswerValue | undefined;
  /** The answer most voices gave, when one did. */
  majority?: AnswerValue | undefined;
}

export interface RiskComparison {
  risk: string;
  title: string;
  /** The worst band any respondent's answers give it. */
  band: Band;
  raisedBy: Voice[];
  reach: "all" | "some";
}

/** A question where development and operations answered differently. */
export interface RoleDifference {
  question: string;
  prompt: string;
  development: string;
  operations: string;
  spread: number;
}

export interface TeamComparison {
  voices: Voice[];
  /** Every question at least one respondent answered: disagreements first, by spread, then questionnaire order. */
  questions: QuestionComparison[];
  /** Risks any respondent's answers raise, by reach (some before all) and severity. */
  risks: RiskComparison[];
  /** The sharpest differences between development and operations, at most three, by spread. */
  sharpest: RoleDifference[];
}
