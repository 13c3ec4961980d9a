/**
 * What a person types to name an assessment (the start form, renaming): a name with at
 * least one visible character, and optionally their own name. Shared by every form that
 * asks, so the rules and their words are the same everywhere. Written as plain rules, not
 * a zod schema, so the forms load no zod; components/ui/form-check-resolver.ts hands them to
 * react-hook-form. They keep the zod schema's behaviour exactly (assessment-meta.test.ts).
 */
import { NAME_MAX_LENGTH } from "./assessment";
import { codePointLength } from "./check/text";
import { hasVisibleText, visibleText } from "./visible-text";

/** What is wrong with one field: the words shown, and the kind of problem (as zod named it). */
export interface FieldProblem {
  message: string;
  type: "custom" | "too_big";
}

export type FormCheck<Field extends string, Values> =
  { ok: true; values: Values } | { ok: false; errors: Partial<Record<Field, FieldProblem>> };

export interface AssessmentMetaInput {
  name: string;
  assessor: string;
}
/** The same fields, cleaned: invisible characters at either end are dropped like spaces. */
export type AssessmentMetaValues = AssessmentMetaInput;

export interface NameWords {
  empty: string;
  tooLong: string;
}

const NAME_WORDS: NameWords = {
  empty: "Enter the name of the application or team you are assessing",
  tooLong: `The name must be ${NAME_MAX_LENGTH} characters or fewer`,
};
const ASSESSOR_TOO_LONG = `Your name must be ${NAME_MAX_LENGTH} characters or fewer`;

/**
 * A name as typed, once its invisible ends are dropped: it must show at least one
 * character (a name of zero-width spaces is no name) and fit, counting an emoji as one.
 */
export function nameProblem(name: string, words: NameWords = NAME_WORDS): FieldProblem | undefined {
  const visible = visibleText(name);
  if (!hasVisibleText(visible)) return { message: words.empty, type: "custom" };
  if (codePointLength(visible) > NAME_MAX_LENGTH) return { message: words.tooLong, type: "too_big" };
  return undefined;
}

function assessorProblem(assessor: string): FieldProblem | undefined {
  return codePointLength(visibleText(assessor)) > NAME_MAX_LENGTH ? { message: ASSESSOR_TOO_LONG, type: "too_big" } : undefined;
}

/** The start form: a name and, optionally, the assessor's own. */
export function checkAssessmentMeta(input: AssessmentMetaInput): FormCheck<keyof AssessmentMetaInput, AssessmentMetaValues> {
  const name = nameProblem(input.name);
  const assessor = assessorProblem(input.assessor);
  if (name || assessor) return { ok: false, errors: { ...(name ? { name } : {}), ...(assessor ? { assessor } : {}) } };
  return { ok: true, values: { name: visibleText(input.name), assessor: visibleText(input.assessor) } };
}

/** Renaming: the name alone, with the start form's rules and words. */
export function checkAssessmentName(input: { name: string }): FormCheck<"name", { name: string }> {
  const name = nameProblem(input.name);
  return name ? { ok: false, errors: { name } } : { ok: true, values: { name: visibleText(input.name) } };
}
