/**
 * A react-hook-form resolver over the step's zod schema. The schema is rebuilt on every
 * validation because which questions are shown (and so required) depends on the answers
 * at that moment.
 */
import type { FieldErrors, Resolver } from "react-hook-form";
import type { Question } from "@/lib/engine/questionnaire";
import type { StepValues } from "./form-values";
import { stepSchema } from "./step-schema";

export function stepResolver(shownQuestions: () => readonly Question[]): Resolver<StepValues> {
  return (values) => {
    const result = stepSchema(shownQuestions()).safeParse(values);
    if (result.success) return { values, errors: {} };
    const errors: FieldErrors<StepValues> = {};
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? "");
      errors[field] ??= { type: issue.code, message: issue.message };
    }
    return { values: {}, errors };
  };
}
