/**
 * What a person types to name an assessment (the start form, renaming): a name with at
 * least one visible character, and optionally their own name. Shared by every form that
 * asks, so the rules and their words are the same everywhere.
 */
import "./zod-config";
import * as z from "zod/mini";
import { meaningfulName, NAME_MAX_LENGTH } from "./assessment";
import { visibleText } from "./visible-text";

export const assessmentMetaSchema = z.object({
  // A name of only spaces or invisible characters (zero-width spaces, say) names nothing.
  name: meaningfulName({
    empty: "Enter the name of the application or team you are assessing",
    tooLong: `The name must be ${NAME_MAX_LENGTH} characters or fewer`,
  }),
  assessor: z.pipe(
    z.pipe(z.string(), z.transform(visibleText)),
    z.string().check(z.maxLength(NAME_MAX_LENGTH, `Your name must be ${NAME_MAX_LENGTH} characters or fewer`)),
  ),
});

export const assessmentNameSchema = z.pick(assessmentMetaSchema, { name: true });

export type AssessmentMetaInput = z.input<typeof assessmentMetaSchema>;
export type AssessmentMetaValues = z.output<typeof assessmentMetaSchema>;
