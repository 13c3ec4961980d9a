/**
 * The zod schema of answers, for the JSON export's format (exports/json-export.ts) and the
 * JSON Schema published from it. Reading saved work and result links uses the hand-written
 * checkAnswerValue (answer-shape.ts) instead, which keeps zod out of the browser's start-up;
 * a property test holds the two to the same verdicts.
 */
import "./zod-config";
import * as z from "zod/mini";
import { MAX_CHOICE_LENGTH, MAX_CHOICES, MAX_ID_LENGTH, MAX_SCALE_POINT, MAX_TEXT_ANSWER_LENGTH, type AnswerValue } from "./answers";
import type { Assert, Same } from "./check/same-type";

export const answerValueSchema = z.union([
  z.string().check(z.maxLength(MAX_TEXT_ANSWER_LENGTH)),
  z.array(z.string().check(z.maxLength(MAX_CHOICE_LENGTH))).check(z.maxLength(MAX_CHOICES)),
  z.number().check(z.int(), z.minimum(0), z.maximum(MAX_SCALE_POINT)),
]);

export const answersSchema = z.record(z.string().check(z.maxLength(MAX_ID_LENGTH)), answerValueSchema);

// The hand-written types say what the schema does.
type _AnswerValueMatches = Assert<Same<z.infer<typeof answerValueSchema>, AnswerValue>>;
