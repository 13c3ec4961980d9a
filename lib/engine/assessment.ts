/**
 * An assessment as it is saved, exported and shared: who and what it is about, the
 * answers, and the team's decisions on plan actions. Everything else is derived.
 */
import "./zod-config";
import * as z from "zod/mini";
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
  return z.pipe(
    z.pipe(z.string(), z.transform(visibleText)),
    z.string().check(z.refine(hasVisibleText, messages.empty), z.maxLength(NAME_MAX_LENGTH, messages.tooLong)),
  );
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
  reason: z.optional(z.string().check(z.maxLength(NOTE_MAX_LENGTH))),
  /** The person who takes the action on. */
  person: z.optional(z.string().check(z.maxLength(PERSON_MAX_LENGTH))),
  note: z.optional(z.string().check(z.maxLength(NOTE_MAX_LENGTH))),
});
export type Decision = z.infer<typeof decisionSchema>;

export const assessmentSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(NAME_MAX_LENGTH)),
  assessor: z.optional(z.string().check(z.maxLength(NAME_MAX_LENGTH))),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** The content version the answers were given against. */
  contentVersion: z.string().check(z.minLength(1), z.maxLength(32)),
  answers: answersSchema,
  decisions: z.record(z.string().check(z.maxLength(100)), decisionSchema),
});
export type Assessment = z.infer<typeof assessmentSchema>;

export const OPEN_DECISION: Decision = { status: "open" };

export function decisionFor(assessment: Pick<Assessment, "decisions">, actionId: string): Decision {
  return assessment.decisions[actionId] ?? OPEN_DECISION;
}
