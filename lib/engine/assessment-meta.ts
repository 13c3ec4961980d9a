/**
 * What a person types to name an assessment (the start form, renaming): a name with at
 * least one visible character, and optionally their own name. Shared by every form that
 * asks, so the rules and their words are the same everywhere.
 */
import "./zod-config";
import { z } from "zod";
import { meaningfulName, NAME_MAX_LENGTH } from "./assessment";
import { visibleText } from "./visible-text";

export const assessmentMetaSchema = z.object({
  // A name of only spaces or invisible characters (zero-width spaces, say) names nothing.
  name: meaningfulName({
    empty: "Enter the name of the application or team you are assessing",
    tooLong: `The name must be ${NAME_MAX_LENGTH} characters or fewer`,
  }),
  assessor: z
    .string()
    .transform(visibleText)
    .pipe(z.string().max(NAME_MAX_LENGTH, `Your name must be ${NAME_MAX_LENGTH} characters or fewer`)),
});

export const assessmentNameSchema = assessmentMetaSchema.pick({ name: true });

export type AssessmentMetaInput = z.input<typeof assessmentMetaSchema>;
export type AssessmentMetaValues = z.output<typeof assessmentMetaSchema>;
