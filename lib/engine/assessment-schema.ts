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
  type Assessment,
  type Decision,
} from "./assessment";
import type { Assert, Same } from "./check/same-type";

export const decisionStatusSchema = z.enum(DECISION_STATUSES);

export const decisionSchema = z.strictObject({
  status: decisionStatusSchema,
  reason: z.optional(z.string().check(z.maxLength(NOTE_MAX_LENGTH))),
  person: z.optional(z.string().check(z.maxLength(PERSON_MAX_LENGTH))),
  note: z.optional(z.string().check(z.maxLength(NOTE_MAX_LENGTH))),
});

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
});

// The hand-written types in assessment.ts say exactly what these schemas do.
type _DecisionMatches = Assert<Same<z.infer<typeof decisionSchema>, Decision>>;
type _AssessmentMatches = Assert<Same<z.infer<typeof assessmentSchema>, Assessment>>;
