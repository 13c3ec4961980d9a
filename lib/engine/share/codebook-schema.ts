/** The zod schema of a codebook (share/codebook.ts), for checking the stored snapshots in content. */
import "../zod-config";
import * as z from "zod/mini";
import type { Assert, Same } from "../check/same-type";
import type { Codebook, CodebookQuestion } from "./codebook";

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
  risks: z.optional(z.array(z.string())),
});

type _QuestionMatches = Assert<Same<z.infer<typeof codebookQuestionSchema>, CodebookQuestion>>;
type _CodebookMatches = Assert<Same<z.infer<typeof codebookSchema>, Codebook>>;
