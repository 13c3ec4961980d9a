/**
 * A programme: the organisation's answers to the programme-level questions, shared by the
 * applications of a portfolio, and for each application what it took from the programme
 * when it inherited (so a later change to the programme can tell who still follows it).
 * Checked by hand, as saved assessments are (assessment-shape.ts): it is read on every load
 * of the portfolio, where zod must not load.
 */
import type { AnswerValue } from "../answers";
import { checkAnswers, checkAssessmentId, checkContentVersion, checkStamp } from "../assessment-shape";
import { NAME_MAX_LENGTH } from "../assessment";
import { fail, pass, under, type Check, type Checked } from "../check/issue";
import { required, strictObject } from "../check/object";
import { text } from "../check/text";
import { invalidType, tooBig } from "../check/words";

/** Fifty applications is the target; the limit leaves room without letting a record grow unbounded. */
export const MAX_PROGRAMME_MEMBERS = 500;

export interface ProgrammeMember {
  assessmentId: string;
  /** Per programme-level question, the value the application took from the programme. */
  inherited: Record<string, AnswerValue>;
}

export interface Programme {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  contentVersion: string;
  answers: Record<string, AnswerValue>;
  members: ProgrammeMember[];
}

export const DUPLICATE_MEMBER = "The same assessment is a member twice";

const checkMember: Check<ProgrammeMember> = strictObject<ProgrammeMember>({
  assessmentId: required(checkAssessmentId),
  inherited: required(checkAnswers),
});

/** A list of members within the limit, each checked, no assessment twice. */
const checkMembers: Check<ProgrammeMember[]> = (input) => {
  if (!Array.isArray(input)) return fail(invalidType("array", input));
  if (input.length > MAX_PROGRAMME_MEMBERS) return fail(tooBig("array", MAX_PROGRAMME_MEMBERS));
  const members: ProgrammeMember[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < input.length; index += 1) {
    const result: Checked<ProgrammeMember> = checkMember(input[index]);
    if (!result.ok) return under(index, result.issue);
    if (seen.has(result.value.assessmentId)) return fail(DUPLICATE_MEMBER, [index, "assessmentId"]);
    seen.add(result.value.assessmentId);
    members.push(result.value);
  }
  return pass(members);
};

export const checkProgramme: Check<Programme> = strictObject<Programme>({
  id: required(checkAssessmentId),
  name: required(text({ trim: true, min: 1, max: NAME_MAX_LENGTH })),
  createdAt: required(checkStamp),
  updatedAt: required(checkStamp),
  contentVersion: required(checkContentVersion),
  answers: required(checkAnswers),
  members: required(checkMembers),
});
