/**
 * An assessment as it is saved, exported and shared: who and what it is about, the
 * answers, the team's decisions on plan actions and on risks. Everything else is derived.
 * No zod here: the store and every page use this module. assessment-schema.ts holds the
 * zod schemas (for the export format) and proves they describe these very types.
 */
import type { AnswerValue } from "./answers";

export const NAME_MAX_LENGTH = 80;
export const PERSON_MAX_LENGTH = 80;
export const NOTE_MAX_LENGTH = 1000;
export const ASSESSMENT_ID_MAX_LENGTH = 64;
export const CONTENT_VERSION_MAX_LENGTH = 32;
/** An answer's evidence: the lines of the team's files it was accepted from, as one citation. */
export const EVIDENCE_MAX_LENGTH = 1000;

export const DECISION_STATUSES = ["open", "done", "not-applicable"] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export type Decision = {
  status: DecisionStatus;
  /** Why an action does not apply; expected when status is not-applicable. */
  reason?: string | undefined;
  /** The person who takes the action on. */
  person?: string | undefined;
  note?: string | undefined;
};

export type Assessment = {
  id: string;
  name: string;
  assessor?: string | undefined;
  createdAt: string;
  updatedAt: string;
  /** The content version the answers were given against. */
  contentVersion: string;
  answers: Record<string, AnswerValue>;
  decisions: Record<string, Decision>;
  /**
   * Answers accepted from the team's own files, by question: the citation shown beside the
   * answer ("Dockerfile, line 14: USER root"). Changing the answer by hand drops it.
   */
  evidence?: Record<string, string> | undefined;
  /** Risks accepted or mitigated another way, by risk id. */
  riskDecisions?: Record<string, RiskDecision> | undefined;
};

export const RISK_DECISION_KINDS = ["accepted", "mitigated"] as const;
/** Accepted: the team lives with the risk. Mitigated: it is handled some other way than the plan's actions. */
export type RiskDecisionKind = (typeof RISK_DECISION_KINDS)[number];
/** A risk decision's basis: a fingerprint of the answers that raised the risk (see risk-basis.ts). */
export const RISK_BASIS_MAX_LENGTH = 16;

/** What the team decided about a raised risk instead of mitigating it with the plan. */
export type RiskDecision = {
  kind: RiskDecisionKind;
  /** Why the team accepts it, or how it is mitigated instead. Left out only by a shortened result link. */
  reason?: string | undefined;
  /** Who decided (for an accepted risk, who accepted it). */
  by?: string | undefined;
  /** The day it is to be looked at again, as YYYY-MM-DD; past it, the risk is back in the register. */
  reviewOn?: string | undefined;
  /** The day it was decided, as YYYY-MM-DD. */
  decidedOn: string;
  /** The answers that raised the risk when it was decided; when they change, the decision needs review. */
  basis: string;
};

export const OPEN_DECISION: Decision = { status: "open" };

export function decisionFor(assessment: Pick<Assessment, "decisions">, actionId: string): Decision {
  return assessment.decisions[actionId] ?? OPEN_DECISION;
}

/**
 * Orders by when an assessment last changed. The stamps are ISO date-times in UTC, whose
 * text order is their time order, so a plain comparison does it (localeCompare would
 * build a collator, which costs a phone's page tens of milliseconds as it starts).
 */
export function oldestFirst(a: Pick<Assessment, "updatedAt">, b: Pick<Assessment, "updatedAt">): number {
  return a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0;
}

export function newestFirst(a: Pick<Assessment, "updatedAt">, b: Pick<Assessment, "updatedAt">): number {
  return oldestFirst(b, a);
}
