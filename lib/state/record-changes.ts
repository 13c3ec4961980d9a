/** The pure changes the store makes to a record (as stored now) before saving it. */
import {
  answerOf,
  EVIDENCE_MAX_LENGTH,
  isAnswered,
  NOTE_MAX_LENGTH,
  PERSON_MAX_LENGTH,
  type AnswerValue,
  type Assessment,
  type Decision,
  type RiskDecision,
} from "@/lib/engine";
import type { AcceptedAnswer, AssessmentMeta } from "./assessment-store-types";
import { mergeAnswer } from "./merge-answer";
import { withKey, withoutKey } from "./own";
import { truncateText } from "./truncate";

/** The assessment with these citations, the field left out when there are none. */
export function withEvidence(assessment: Assessment, evidence: Record<string, string> | undefined): Assessment {
  const { evidence: _old, ...rest } = assessment;
  return evidence && Object.keys(evidence).length > 0 ? { ...rest, evidence } : rest;
}

/** Texts cut to their limits and blank ones left out, as the checks that read it back expect. */
export function cleanRiskDecision(decision: RiskDecision): RiskDecision {
  const reason = truncateText(decision.reason?.trim() ?? "", NOTE_MAX_LENGTH);
  const by = truncateText(decision.by?.trim() ?? "", PERSON_MAX_LENGTH);
  return {
    kind: decision.kind,
    ...(reason ? { reason } : {}),
    ...(by ? { by } : {}),
    ...(decision.reviewOn ? { reviewOn: decision.reviewOn } : {}),
    decidedOn: decision.decidedOn,
    basis: decision.basis,
  };
}

/** The name and assessor as typed, trimmed; a blank assessor left out. */
export function cleanMeta(meta: AssessmentMeta): Pick<Assessment, "name" | "assessor"> {
  const assessor = meta.assessor?.trim();
  return { name: meta.name.trim(), ...(assessor ? { assessor } : {}) };
}

export function withMeta(base: Assessment, meta: AssessmentMeta): Assessment {
  const { assessor: _dropped, ...rest } = base;
  return { ...rest, ...cleanMeta(meta) };
}

/**
 * One answer changed from `before` (what this tab showed) to `wanted`, merged with what
 * the stored record holds now. An answer changed by hand no longer comes from the files.
 */
export function withAnswer(
  base: Assessment,
  questionId: string,
  before: AnswerValue | undefined,
  wanted: AnswerValue | undefined,
): Assessment {
  const next = mergeAnswer(answerOf(base.answers, questionId), before, wanted);
  const others = withoutKey(base.answers, questionId);
  return withEvidence(
    { ...base, answers: next === undefined ? others : withKey(others, questionId, next) },
    base.evidence ? withoutKey(base.evidence, questionId) : undefined,
  );
}

/** Answers taken from the team's files, each with its citation (cut to its limit). */
export function withAcceptedEvidence(base: Assessment, accepted: readonly AcceptedAnswer[]): Assessment {
  let answers = base.answers;
  let evidence = base.evidence ?? {};
  for (const { question, value, evidence: citation } of accepted) {
    if (!isAnswered(value)) continue;
    answers = withKey(answers, question, value);
    evidence = citation ? withKey(evidence, question, truncateText(citation, EVIDENCE_MAX_LENGTH)) : withoutKey(evidence, question);
  }
  return withEvidence({ ...base, answers }, evidence);
}

/** A plan decision; an untouched "open" one is the same as none, so it is left out. */
export function withDecision(base: Assessment, actionId: string, decision: Decision): Assessment {
  const keep = decision.status !== "open" || decision.person || decision.note;
  const others = withoutKey(base.decisions, actionId);
  return { ...base, decisions: keep ? withKey(others, actionId, decision) : others };
}

/** A risk decision, or none (taken back); the field left out when no risk has one. */
export function withRiskDecision(base: Assessment, riskId: string, decision: RiskDecision | undefined): Assessment {
  const { riskDecisions: old, ...rest } = base;
  const others = withoutKey(old ?? {}, riskId);
  const next = decision ? withKey(others, riskId, cleanRiskDecision(decision)) : others;
  return Object.keys(next).length > 0 ? { ...rest, riskDecisions: next } : rest;
}
