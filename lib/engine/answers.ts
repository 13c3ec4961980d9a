/**
 * Answers as the store keeps them: one value per question id. The question's kind says
 * how to read the value (an option id, a list of option ids, a scale point or text).
 * No zod here: the store and every page use this module. The limits below are checked by
 * answers-schema.ts (exports, imports) and answer-shape.ts (saved records, result links).
 */

export type AnswerValue = string | string[] | number;
export type Answers = Readonly<Record<string, AnswerValue>>;

export const MAX_TEXT_ANSWER_LENGTH = 500;
/** The most options one answer may choose, and the longest option id it may name. */
export const MAX_CHOICES = 50;
export const MAX_CHOICE_LENGTH = 100;
export const MAX_SCALE_POINT = 100;
/** The longest question or action id an answer or a decision may be filed under. */
export const MAX_ID_LENGTH = 100;

/** An empty string or an empty selection is no answer at all. */
export function isAnswered(value: AnswerValue | undefined): value is AnswerValue {
  if (value === undefined) return false;
  if (typeof value === "string") return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/**
 * The answer to one question, read only from the answers' own keys: a question id such as
 * "constructor" must never pick up something inherited from Object.prototype.
 */
export function answerOf(answers: Answers, questionId: string): AnswerValue | undefined {
  return Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
}

/**
 * Whether an answer says the team does not know: a choice of an option marked `unknown`
 * (for several choices, when every chosen one is). Questions are passed in by the caller.
 */
export function isUnknownAnswer(
  question: { kind: string; options?: readonly { id: string; unknown?: true | undefined }[] },
  value: AnswerValue | undefined,
): boolean {
  if (!isAnswered(value) || !question.options) return false;
  const unknown = new Set(question.options.filter((option) => option.unknown).map((option) => option.id));
  if (typeof value === "string") return unknown.has(value);
  return Array.isArray(value) && value.every((choice) => unknown.has(choice));
}
