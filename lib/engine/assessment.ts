/**
 * An assessment as it is saved, exported and shared: who and what it is about, the
 * answers, and the team's decisions on plan actions. Everything else is derived.
 */
import "./zod-config";
import { z } from "zod";
import { answersSchema } from "./answers";
import { hasVisibleText, visibleText } from "./visible-text";

export const NAME_MAX_LENGTH = 80;
export const PERSON_MAX_LENGTH = 80;
export const NOTE_MAX_LENGTH = 1000;

/**
 * A name a person types: invisible characters at either end are dropped like spaces, and
 * it must show at least one character (a name of zero-width spaces is no name). For forms
 * and imports, with each form's own words; saved records keep the looser check in
 * assessmentSchema, so that records saved before this rule stay readable.
 */
export function meaningfulName(messages: { empty: string; tooLong: string }) {
  return z.string().transform(visibleText).pipe(z.string().refine(hasVisibleText, messages.empty).max(NAME_MAX_LENGTH, messages.tooLong));
}

export const meaningfulNameSchema = meaningfulName({
  empty: "The name has no visible characters",
  tooLong: `The name must be ${NAME_MAX_LENGTH} characters or fewer`,
});

export const decisionStatusSchema = z.enum(["open", "done", "not-applicable"]);
export type DecisionStatus = z.infer<typeof decisionStatusSchema>;

export const decisionSchema = z.strictObject({
  status: decisionStatusSchema,
  /** Why an action does not apply; expected when status is not-applicable. */
  reason: z.string().max(NOTE_MAX_LENGTH).optional(),
  /** The person who takes the action on. */
  person: z.string().max(PERSON_MAX_LENGTH).optional(),
  note: z.string().max(NOTE_MAX_LENGTH).optional(),
});
export type Decision = z.infer<typeof decisionSchema>;

export const assessmentSchema = z.strictObject({
  id: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(NAME_MAX_LENGTH),
  assessor: z.string().max(NAME_MAX_LENGTH).optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** The content version the answers were given against. */
  contentVersion: z.string().min(1).max(32),
  answers: answersSchema,
  decisions: z.record(z.string().max(100), decisionSchema),
});
export type Assessment = z.infer<typeof assessmentSchema>;

export const OPEN_DECISION: Decision = { status: "open" };

export function decisionFor(assessment: Pick<Assessment, "decisions">, actionId: string): Decision {
  return assessment.decisions[actionId] ?? OPEN_DECISION;
}
