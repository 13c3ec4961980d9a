/**
 * Lets react-hook-form validate with one of the engine's form checks (checkAssessmentMeta,
 * checkAssessmentName). It answers as zodResolver did for these forms: the cleaned values
 * when they pass, otherwise each field's first problem, attached to its field; but it loads
 * no zod, which would otherwise come with every page that shows the start or rename form.
 */
import { toNestErrors, validateFieldsNatively } from "@hookform/resolvers";
import type { FieldValues, Resolver } from "react-hook-form";
import type { FormCheck } from "@/lib/engine";

export function formCheckResolver<Input extends FieldValues, Output extends FieldValues>(
  check: (input: Input) => FormCheck<Extract<keyof Input, string>, Output>,
): Resolver<Input, unknown, Output> {
  // Asynchronous, as zodResolver is, so the form settles on the same tick as before.
  return async (values, _context, options) => {
    const result = check(values);
    if (result.ok) {
      if (options.shouldUseNativeValidation) validateFieldsNatively({}, options);
      return { values: result.values, errors: {} };
    }
    return { values: {}, errors: toNestErrors(result.errors, options) };
  };
}
