/**
 * A plan decision as saved or shared, checked by hand exactly as `decisionSchema`
 * (assessment-schema.ts) checks it: a known status, optional texts within their limits,
 * nothing else. Used where zod must not load: reading saved work and result links.
 */
import { DECISION_STATUSES, NOTE_MAX_LENGTH, PERSON_MAX_LENGTH, type Decision, type DecisionStatus } from "./assessment";
import { fail, pass, type Check } from "./check/issue";
import { optional, required, strictObject } from "./check/object";
import { text } from "./check/text";
import { notOneOf } from "./check/words";

const STATUSES: ReadonlySet<unknown> = new Set(DECISION_STATUSES);
const isStatus = (input: unknown): input is DecisionStatus => STATUSES.has(input);

const status: Check<DecisionStatus> = (input) => (isStatus(input) ? pass(input) : fail(notOneOf(DECISION_STATUSES)));

export const checkDecision: Check<Decision> = strictObject<Decision>({
  status: required(status),
  reason: optional(text({ max: NOTE_MAX_LENGTH })),
  person: optional(text({ max: PERSON_MAX_LENGTH })),
  note: optional(text({ max: NOTE_MAX_LENGTH })),
});
