/**
 * An answer as saved or shared, checked by hand exactly as `answerValueSchema`
 * (answers-schema.ts) checks it, so reading saved work or a result link needs no zod in the
 * browser. A value is text, a list of option ids or a scale point; when it is none of them
 * the problem reported is zod's: the one option the value failed only on a limit, or else
 * "Invalid input" (assessment-shape.property.test.ts holds the two to the same verdicts).
 */
import { MAX_CHOICE_LENGTH, MAX_CHOICES, MAX_SCALE_POINT, MAX_TEXT_ANSWER_LENGTH, type AnswerValue } from "./answers";
import { fail, pass, type Checked, type Issue } from "./check/issue";
import { codePointLength } from "./check/text";
import { INVALID_INPUT, tooBig, tooSmall } from "./check/words";

/**
 * How one kind of answer took the value. A wrong type (or, for a list, a wrong type inside
 * it or too many items) rules the kind out; zod then ignores it when saying what is wrong.
 */
interface Miss {
  ok: false;
  issue: Issue;
  ruledOut: boolean;
}
type Fit = { ok: true; value: AnswerValue } | Miss;

const RULED_OUT: Miss = { ok: false, issue: { path: [], message: INVALID_INPUT }, ruledOut: true };
const short = (message: string, path: readonly PropertyKey[] = []): Miss => ({ ok: false, issue: { path, message }, ruledOut: false });

function asText(input: unknown): Fit {
  if (typeof input !== "string") return RULED_OUT;
  return codePointLength(input) > MAX_TEXT_ANSWER_LENGTH ? short(tooBig("string", MAX_TEXT_ANSWER_LENGTH)) : { ok: true, value: input };
}

function asChoices(input: unknown): Fit {
  if (!Array.isArray(input)) return RULED_OUT;
  // zod refuses an over-long list outright, before looking at its items.
  if (input.length > MAX_CHOICES) return RULED_OUT;
  const choices: string[] = [];
  let first: Miss | undefined;
  for (let index = 0; index < input.length; index += 1) {
    const choice: unknown = input[index];
    if (typeof choice !== "string") return RULED_OUT;
    if (codePointLength(choice) > MAX_CHOICE_LENGTH) first ??= short(tooBig("string", MAX_CHOICE_LENGTH), [index]);
    choices.push(choice);
  }
  return first ?? { ok: true, value: choices };
}

function asScalePoint(input: unknown): Fit {
  if (typeof input !== "number" || !Number.isInteger(input)) return RULED_OUT;
  // Past the safe-integer range zod says so first (as `z.int()`), then checks the bounds.
  if (!Number.isSafeInteger(input))
    return short(input > 0 ? tooBig("int", Number.MAX_SAFE_INTEGER) : tooSmall("int", Number.MIN_SAFE_INTEGER));
  if (input < 0) return short(tooSmall("number", 0));
  if (input > MAX_SCALE_POINT) return short(tooBig("number", MAX_SCALE_POINT));
  return { ok: true, value: input };
}

export function checkAnswerValue(input: unknown): Checked<AnswerValue> {
  const fits = [asText(input), asChoices(input), asScalePoint(input)];
  for (const fit of fits) if (fit.ok) return pass(fit.value);
  const [only, ...others] = fits.filter((fit): fit is Miss => !fit.ok && !fit.ruledOut);
  return only && others.length === 0 ? { ok: false, issue: only.issue } : fail(INVALID_INPUT);
}
