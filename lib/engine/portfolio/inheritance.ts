/**
 * How an application's answers relate to its programme's. A new application starts with the
 * programme's answers to programme-level questions; each stays the team's to change. When
 * the programme changes an answer, the applications that still hold what they inherited are
 * offered the new one, and those that changed it keep theirs: nothing changes unless the
 * caller applies it, and everything here returns new objects.
 */
import { answerOf, isAnswered, type Answers, type AnswerValue } from "../answers";
import type { Assessment } from "../assessment";
import { isProgrammeQuestion, programmeQuestionIds } from "./levels";
import type { Programme, ProgrammeMember } from "./programme";

import type { LevelContent } from "./levels";

/**
 * `inherited`: the application holds what it took, and the programme still says so.
 * `behind`: it holds what it took, but the programme has changed since.
 * `local`: the team changed it in the application (a local override).
 */
export type InheritanceState = "inherited" | "behind" | "local";

/** The same answer: choices compare as sets (their order means nothing), an unanswered value equals only another. */
export function sameAnswer(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  const [x, y] = [isAnswered(a) ? a : undefined, isAnswered(b) ? b : undefined];
  if (Array.isArray(x) && Array.isArray(y)) return x.every((choice) => y.includes(choice)) && y.every((choice) => x.includes(choice));
  return x === y;
}

/** The programme's answers a new application starts with: programme-level questions only. */
export function inheritedAnswers(questionnaire: LevelContent, programme: Pick<Programme, "answers">): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  for (const id of programmeQuestionIds(questionnaire)) {
    const value = answerOf(programme.answers, id);
    if (isAnswered(value)) answers[id] = Array.isArray(value) ? [...value] : value;
  }
  return answers;
}

/** The programme with the assessment as a member (replacing an earlier record), and the answers it starts with. */
export function joinProgramme(
  questionnaire: LevelContent,
  programme: Programme,
  assessmentId: string,
  now: string,
): { programme: Programme; answers: Record<string, AnswerValue> } {
  const answers = inheritedAnswers(questionnaire, programme);
  const member: ProgrammeMember = { assessmentId, inherited: { ...answers } };
  return {
    programme: { ...programme, updatedAt: now, members: [...programme.members.filter((m) => m.assessmentId !== assessmentId), member] },
    answers,
  };
}

function stateOf(
  programme: Pick<Programme, "answers">,
  member: ProgrammeMember,
  answers: Answers,
  id: string,
): InheritanceState | undefined {
  if (!Object.hasOwn(member.inherited, id)) return undefined;
  const took = member.inherited[id];
  if (!sameAnswer(answerOf(answers, id), took)) return "local";
  return sameAnswer(answerOf(programme.answers, id), took) ? "inherited" : "behind";
}

/** Per programme-level question the application inherited, how its answer stands; questions it did not inherit are absent. */
export function inheritanceOf(
  questionnaire: LevelContent,
  programme: Pick<Programme, "answers">,
  member: ProgrammeMember,
  applicationAnswers: Answers,
): Record<string, InheritanceState> {
  const states: Record<string, InheritanceState> = {};
  for (const id of programmeQuestionIds(questionnaire)) {
    const state = stateOf(programme, member, applicationAnswers, id);
    if (state) states[id] = state;
  }
  return states;
}

export type Application = Pick<Assessment, "id" | "name" | "answers">;

export interface AffectedApplication {
  assessmentId: string;
  name: string;
  /** The application's answer now. */
  answer: AnswerValue | undefined;
  state: InheritanceState;
}

export interface ProgrammeChange {
  questionId: string;
  from: AnswerValue | undefined;
  to: AnswerValue | undefined;
  /** Still hold what they inherited (`inherited` or `behind`): offered the new answer. */
  follows: AffectedApplication[];
  /** Changed the answer themselves: keep it. */
  keeps: AffectedApplication[];
}

/**
 * Who a change of the programme's answer would reach, in the order of the members. Members
 * that never inherited the question, or whose assessment is not given, are in neither list.
 * Undefined when the question is not programme-level: the programme holds no such answer.
 */
export function programmeChange(
  questionnaire: LevelContent,
  programme: Programme,
  questionId: string,
  newValue: AnswerValue | undefined,
  applications: readonly Application[],
): ProgrammeChange | undefined {
  if (!isProgrammeQuestion(questionnaire, questionId)) return undefined;
  const byId = new Map(applications.map((application) => [application.id, application]));
  const follows: AffectedApplication[] = [];
  const keeps: AffectedApplication[] = [];
  for (const member of programme.members) {
    const application = byId.get(member.assessmentId);
    const state = application && stateOf(programme, member, application.answers, questionId);
    if (!application || !state) continue;
    const entry = { assessmentId: application.id, name: application.name, answer: answerOf(application.answers, questionId), state };
    (state === "local" ? keeps : follows).push(entry);
  }
  return { questionId, from: answerOf(programme.answers, questionId), to: newValue, follows, keeps };
}

function withAnswer(answers: Answers, id: string, value: AnswerValue | undefined): Record<string, AnswerValue> {
  const { [id]: _old, ...rest } = answers;
  return isAnswered(value) ? { ...rest, [id]: value } : rest;
}

export type ApplicableAssessment = Application & Pick<Assessment, "updatedAt" | "evidence">;

export interface AppliedChange<A extends ApplicableAssessment> {
  programme: Programme;
  /** The applications that took the new answer, as new objects; the others are unchanged and not listed. */
  applications: A[];
  change: ProgrammeChange;
}

/**
 * Sets the programme's answer and gives it to the following applications the caller chose
 * (`apply`, all of them when absent), updating what each is recorded to have inherited. An
 * application's evidence for the question goes with its old answer, as a change by hand drops it.
 */
export function applyProgrammeAnswer<A extends ApplicableAssessment>(
  questionnaire: LevelContent,
  programme: Programme,
  questionId: string,
  newValue: AnswerValue | undefined,
  applications: readonly A[],
  options: { now: string; apply?: readonly string[] },
): AppliedChange<A> | undefined {
  const change = programmeChange(questionnaire, programme, questionId, newValue, applications);
  if (!change) return undefined;
  const chosen = new Set(change.follows.map((entry) => entry.assessmentId).filter((id) => !options.apply || options.apply.includes(id)));
  const updated = applications
    .filter((application) => chosen.has(application.id))
    .map((application): A => {
      const { [questionId]: _dropped, ...evidence } = application.evidence ?? {};
      return {
        ...application,
        answers: withAnswer(application.answers, questionId, newValue),
        updatedAt: options.now,
        ...(application.evidence ? { evidence } : {}),
      };
    });
  return {
    programme: {
      ...programme,
      answers: withAnswer(programme.answers, questionId, newValue),
      updatedAt: options.now,
      members: programme.members.map((member) =>
        chosen.has(member.assessmentId) ? { ...member, inherited: withAnswer(member.inherited, questionId, newValue) } : member,
      ),
    },
    applications: updated,
    change,
  };
}
