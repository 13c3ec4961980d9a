/**
 * A codebook is the frozen shape of one questionnaire version as result links see it:
 * which question sits at which position, its kind, its options in order, and the actions.
 * Links carry positions, not ids, to stay short; each content version's codebook is kept
 * forever, so a link made today decodes after the questionnaire grows.
 */
import "../zod-config";
import * as z from "zod/mini";
import type { Questionnaire } from "../questionnaire";

export const codebookQuestionSchema = z.discriminatedUnion("kind", [
  z.strictObject({ id: z.string(), kind: z.literal("single"), options: z.array(z.string()).check(z.minLength(1)) }),
  z.strictObject({ id: z.string(), kind: z.literal("multi"), options: z.array(z.string()).check(z.minLength(1)) }),
  z.strictObject({ id: z.string(), kind: z.literal("scale"), points: z.number().check(z.int(), z.minimum(1)) }),
  z.strictObject({ id: z.string(), kind: z.literal("text"), maxLength: z.number().check(z.int(), z.minimum(1)) }),
]);

export const codebookSchema = z.strictObject({
  contentVersion: z.string(),
  questions: z.array(codebookQuestionSchema),
  actions: z.array(z.string()),
});

export type CodebookQuestion = z.infer<typeof codebookQuestionSchema>;
export type Codebook = z.infer<typeof codebookSchema>;

export function codebookOf(questionnaire: Pick<Questionnaire, "version" | "questions" | "actions">): Codebook {
  return {
    contentVersion: questionnaire.version,
    questions: questionnaire.questions.map((question): CodebookQuestion => {
      switch (question.kind) {
        case "single":
        case "multi":
          return { id: question.id, kind: question.kind, options: question.options.map((option) => option.id) };
        case "scale":
          return { id: question.id, kind: "scale", points: question.scale.length };
        case "text":
          return { id: question.id, kind: "text", maxLength: question.maxLength };
      }
    }),
    actions: questionnaire.actions.map((action) => action.id),
  };
}
