/**
 * A saved or shared assessment, checked by hand with exactly the rules of `assessmentSchema`
 * and `sharedAssessmentSchema` (the zod schemas the export format keeps). Reading saved work
 * and result links happens as a page starts, and zod added 23.6 KB (compressed) to every
 * such page; these checks are about 4 KB before compression. Same verdicts, same cleaned-up
 * value (the name trimmed) and the same first problem in zod's words, which a result link
 * shows: assessment-shape.property.test.ts compares them with zod over many inputs.
 */
import { checkAnswerValue } from "./answer-shape";
import { MAX_ID_LENGTH } from "./answers";
import { ASSESSMENT_ID_MAX_LENGTH, CONTENT_VERSION_MAX_LENGTH, EVIDENCE_MAX_LENGTH, NAME_MAX_LENGTH, type Assessment } from "./assessment";
import type { Check } from "./check/issue";
import { isoDatetime } from "./check/iso-datetime";
import { optional, record, required, strictObject } from "./check/object";
import { text } from "./check/text";
import { checkDecision } from "./decision-shape";
import { checkRiskDecision } from "./risk-decision-shape";
import type { SharedAssessment } from "./share/shared-assessment";

export const checkAssessmentId = text({ min: 1, max: ASSESSMENT_ID_MAX_LENGTH });
export const checkStamp = isoDatetime;
export const checkContentVersion = text({ min: 1, max: CONTENT_VERSION_MAX_LENGTH });
/** The id a question's answer or an action's decision is filed under. */
export const checkItemId = text({ max: MAX_ID_LENGTH });

const name = required(text({ trim: true, min: 1, max: NAME_MAX_LENGTH }));
const assessor = optional(text({ max: NAME_MAX_LENGTH }));
/** Answers by question id, as a saved record holds them. */
export const checkAnswers = record(checkItemId, checkAnswerValue);
const answers = required(checkAnswers);
const decisions = required(record(checkItemId, checkDecision));
export const checkEvidence = record(checkItemId, text({ max: EVIDENCE_MAX_LENGTH }));
export const checkRiskDecisions = record(checkItemId, checkRiskDecision);

export const checkAssessment: Check<Assessment> = strictObject<Assessment>({
  id: required(checkAssessmentId),
  name,
  assessor,
  createdAt: required(checkStamp),
  updatedAt: required(checkStamp),
  contentVersion: required(checkContentVersion),
  answers,
  decisions,
  evidence: optional(checkEvidence),
  riskDecisions: optional(checkRiskDecisions),
});

/** A shared assessment is checked like a saved one, minus local bookkeeping (id, creation time). */
export const checkSharedAssessment: Check<SharedAssessment> = strictObject<SharedAssessment>({
  name,
  assessor,
  updatedAt: required(checkStamp),
  contentVersion: required(checkContentVersion),
  answers,
  decisions,
  riskDecisions: optional(checkRiskDecisions),
});
