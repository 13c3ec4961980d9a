/**
 * The zod schema of what a result link carries. Decoding a link checks it by hand
 * (checkSharedAssessment in assessment-shape.ts, so /shared and /compare load no zod); this
 * schema is the reference the property tests hold that check to.
 */
import "../zod-config";
import * as z from "zod/mini";
import { assessmentSchema } from "../assessment-schema";

/** A shared assessment is validated like a saved one, minus local bookkeeping. */
export const sharedAssessmentSchema = z.pick(assessmentSchema, {
  name: true,
  assessor: true,
  updatedAt: true,
  contentVersion: true,
  answers: true,
  decisions: true,
  riskDecisions: true,
});
