/**
 * The zod schemas of an assessment and a plan decision: for the JSON export's format
 * (exports/json-export.ts) and the JSON Schema published from it, and the reference the
 * hand-written checks (assessment-shape.ts, used for saved records and result links, so
 * that no zod loads with a page) are tested against.
 */
import "./zod-config";
import * as z from "zod/mini";
import { MAX_ID_LENGTH } from "./answers";
import { answersSchema } from "./answers-schema";
import {
  ASSESSMENT_ID_MAX_LENGTH,
  CONTENT_VERSION_MAX_LENGTH,
  DECISION_STATUSES,
  EVIDENCE_MAX_LENGTH,
  NAME_MAX_LENGTH,
  NOTE_MAX_LENGTH,
  PERSON_MAX_LENGTH,
  RISK_BASIS_MAX_LENGTH,
  RISK_DECISION_KINDS,
  type Assessment,
  type Decision,
  type RiskDecision,
} from "./assessment";
import type { Assert, Same } from "./check/same-type";

export const decisionStatusSchema = z.enum(DECISION_STATUSES);

export const decisionSchema = z.strictObject({
  status: decisionStatusSchema,
  reason: z.optional(z.string().check(z.maxLength(NOTE_MAX_LENGTH))),
  person: z.optional(z.string().check(z.maxLength(PERSON_MAX_LENGTH))),
  note: z.optional(z.string().check(z.maxLength(NOTE_MAX_LENGTH))),
});

export const riskDecisionSchema = z.strictObject({
  kind: z.enum(RISK_DECISION_KINDS),
  reason: z.optional(z.string().check(z.maxLength(NOTE_MAX_LENGTH))),
  by: z.optional(z.string().check(z.maxLength(PERSON_MAX_LENGTH))),
  reviewOn: z.optional(z.iso.date()),
  decidedOn: z.iso.date(),
  basis: z.string().check(z.minLength(1), z.maxLength(RISK_BASIS_MAX_LENGTH)),
});

export const riskDecisionsSchema = z.record(z.string().check(z.maxLength(MAX_ID_LENGTH)), riskDecisionSchema);

export const evidenceSchema = z.record(z.string().check(z.maxLength(MAX_ID_LENGTH)), z.string().check(z.maxLength(EVIDENCE_MAX_LENGTH)));

/**
 * A saved record's name is only trimmed, not held to the forms' visible-text rule
 * (assessment-meta.ts), so that records saved before that rule stay readable.
 */
export const assessmentSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(ASSESSMENT_ID_MAX_LENGTH)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(NAME_MAX_LENGTH)),
  assessor: z.optional(z.string().check(z.maxLength(NAME_MAX_LENGTH))),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  contentVersion: z.string().check(z.minLength(1), z.maxLength(CONTENT_VERSION_MAX_LENGTH)),
  answers: answersSchema,
  decisions: z.record(z.string().check(z.maxLength(MAX_ID_LENGTH)), decisionSchema),
  evidence: z.optional(evidenceSchema),
  riskDecisions: z.optional(riskDecisionsSchema),
});

// The hand-written types in assessment.ts say exactly what these schemas do.
type _DecisionMatches = Assert<Same<z.infer<typeof decisionSchema>, Decision>>;
type _RiskDecisionMatches = Assert<Same<z.infer<typeof riskDecisionSchema>, RiskDecision>>;
type _AssessmentMatches = Assert<Same<z.infer<typeof assessmentSchema>, Assessment>>;
