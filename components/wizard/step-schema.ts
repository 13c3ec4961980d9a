/**
 * The zod schema of one step, derived from the content and the current answers: only
 * questions that are shown can be required, so the schema changes as answers branch.
 */
import "@/lib/engine/zod-config";
import { z } from "zod";
import type { Question } from "@/lib/engine/questionnaire";
import { fieldName } from "./field-names";

export function errorMessageFor(question: Question): string {
  switch (question.kind) {
    case "multi":
      return `Select at least one answer to “${question.prompt}”`;
    case "text":
      return `Answer “${question.prompt}”`;
    default:
      return `Select an answer to “${question.prompt}”`;
  }
}

function fieldSchema(question: Question): z.ZodType {
  const message = errorMessageFor(question);
  switch (question.kind) {
    case "multi":
      return question.required ? z.array(z.string()).min(1, message) : z.array(z.string());
    case "text": {
      const tooLong = `Your answer to “${question.prompt}” must be ${question.maxLength} characters or fewer`;
      const text = z.string().max(question.maxLength, tooLong);
      return question.required ? text.trim().min(1, message) : text;
    }
    default:
      // A radio group nobody touched reads as null.
      return question.required ? z.string({ error: message }).min(1, message) : z.string().nullable();
  }
}

export function stepSchema(shownQuestions: readonly Question[]) {
  return z.object(Object.fromEntries(shownQuestions.map((question) => [fieldName(question.id), fieldSchema(question)])));
}
