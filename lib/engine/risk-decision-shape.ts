/**
 * A risk decision as saved or shared, checked by hand exactly as `riskDecisionSchema`
 * (assessment-schema.ts) checks it, so that reading saved work and result links needs no zod.
 */
import {
  NOTE_MAX_LENGTH,
  PERSON_MAX_LENGTH,
  RISK_BASIS_MAX_LENGTH,
  RISK_DECISION_KINDS,
  type RiskDecision,
  type RiskDecisionKind,
} from "./assessment";
import { fail, pass, type Check } from "./check/issue";
import { isoDate } from "./check/iso-datetime";
import { optional, required, strictObject } from "./check/object";
import { text } from "./check/text";
import { notOneOf } from "./check/words";

const KINDS: ReadonlySet<unknown> = new Set(RISK_DECISION_KINDS);
const isKind = (input: unknown): input is RiskDecisionKind => KINDS.has(input);

const kind: Check<RiskDecisionKind> = (input) => (isKind(input) ? pass(input) : fail(notOneOf(RISK_DECISION_KINDS)));

export const checkRiskDecision: Check<RiskDecision> = strictObject<RiskDecision>({
  kind: required(kind),
  reason: optional(text({ max: NOTE_MAX_LENGTH })),
  by: optional(text({ max: PERSON_MAX_LENGTH })),
  reviewOn: optional(isoDate),
  decidedOn: required(isoDate),
  basis: required(text({ min: 1, max: RISK_BASIS_MAX_LENGTH })),
});
