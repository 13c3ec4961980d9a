import "../zod-config";
import * as z from "zod/mini";
import { assessmentSchema } from "../assessment";

/** A shared assessment is validated like a saved one, minus local bookkeeping. */
export const sharedAssessmentSchema = z.pick(assessmentSchema, {
  name: true,
  assessor: true,
  updatedAt: true,
  contentVersion: true,
  answers: true,
  decisions: true,
});
