/**
 * fast-check arbitraries for answer sets over any questionnaire, for property tests of
 * the engine, the plan and result links.
 *
 * Each question is left out about a third of the time; otherwise it gets a value its kind
 * accepts (an offered option id, a subset of options, a scale point, some text, including
 * the empty answers '' and [] that count as unanswered). With `junk: true`, a value is
 * sometimes wrong for its question (an unknown option, a number for a choice, a scale
 * point out of range, a list for a single choice) and a few answers to ids that are not
 * questions are added. Junk still passes `answersSchema`, so it is what a tampered but
 * well-formed result link could carry.
 */
import fc from "fast-check";
import type { Answers, AnswerValue } from "../answers";
import type { Question, Questionnaire } from "../questionnaire";

export interface ArbitraryAnswersOptions {
  /** Sometimes give values that are wrong for the question, and answers to unknown ids. */
  junk?: boolean;
}

/** Ids that are not questions, but could be found in a hand-edited answer set. */
export const JUNK_KEYS = ["unknown.question", "scope", "storage.data-loss", "constructor"] as const;

/** A value its question accepts; for multiple choice and text this includes the empty answer. */
export function validAnswer(question: Question): fc.Arbitrary<AnswerValue> {
  switch (question.kind) {
    case "single":
      return fc.constantFrom(...question.options.map((option) => option.id));
    case "multi":
      return fc.shuffledSubarray(question.options.map((option) => option.id));
    case "scale":
      return fc.integer({ min: 1, max: question.scale.length });
    case "text":
      return fc.oneof(fc.constantFrom("", "  "), fc.string({ minLength: 1, maxLength: Math.min(question.maxLength, 40) }));
  }
}

/** A well-formed value that is usually wrong for any particular question. */
export const junkAnswer: fc.Arbitrary<AnswerValue> = fc.oneof(
  fc.constantFrom("", "   ", "not-an-option", "yes", "database", "1"),
  fc.string({ maxLength: 20 }),
  fc.integer({ min: 0, max: 100 }),
  fc.constantFrom<AnswerValue>([], ["not-an-option"], ["database", "database"]),
  fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 }),
);

export function arbitraryAnswers(
  questionnaire: Pick<Questionnaire, "questions">,
  { junk = false }: ArbitraryAnswersOptions = {},
): fc.Arbitrary<Answers> {
  const perQuestion = questionnaire.questions.map((question) => {
    const value = junk
      ? fc.oneof({ weight: 4, arbitrary: validAnswer(question) }, { weight: 1, arbitrary: junkAnswer })
      : validAnswer(question);
    return fc.option(value, { nil: undefined, freq: 3 }).map((answer) => [question.id, answer] as const);
  });
  const questionIds = new Set(questionnaire.questions.map((question) => question.id));
  const junkKeys = JUNK_KEYS.filter((key) => !questionIds.has(key));
  const extra: fc.Arbitrary<[string, AnswerValue][]> =
    junk && junkKeys.length > 0 ? fc.array(fc.tuple(fc.constantFrom<string>(...junkKeys), junkAnswer), { maxLength: 2 }) : fc.constant([]);
  return fc.tuple(fc.tuple(...perQuestion), extra).map(([entries, unknown]) => {
    const answers: Record<string, AnswerValue> = {};
    for (const [id, answer] of unknown) answers[id] = answer;
    for (const [id, answer] of entries) if (answer !== undefined) answers[id] = answer;
    return answers;
  });
}
