/**
 * One question's answers across the team: identical answers gathered into ballots, and
 * unknowns kept apart (someone not knowing is work to do, not a vote for anything).
 */
import { answerOf, isUnknownAnswer, type AnswerValue } from "../answers";
import type { Question } from "../questionnaire";
import type { Voice } from "./team-types";
import { compareText, type Respondent } from "./voices";

export interface Ballot {
  /** The answer in canonical form: several choices in the question's option order. */
  value: AnswerValue;
  key: string;
  /** In voice order. */
  voices: Voice[];
}

export interface QuestionTally {
  question: Question;
  known: Ballot[];
  unknown: Ballot[];
}

const optionIndex = (question: Question, id: string): number => {
  if (question.kind !== "single" && question.kind !== "multi") return 0;
  const index = question.options.findIndex((option) => option.id === id);
  // Ids the content no longer offers go after every offered one.
  return index < 0 ? question.options.length : index;
};

/** Several choices are the same answer whatever order they were ticked in. */
export function canonicalValue(question: Question, value: AnswerValue): AnswerValue {
  if (!Array.isArray(value)) return value;
  return [...new Set(value)].sort((a, b) => optionIndex(question, a) - optionIndex(question, b) || compareText(a, b));
}

export const valueKey = (value: AnswerValue): string => JSON.stringify(value);

const ranks = (question: Question, value: AnswerValue): number[] => {
  if (typeof value === "number") return [value];
  return (Array.isArray(value) ? value : [value]).map((id) => optionIndex(question, id));
};

/** The questionnaire's order of answers: by option position (a scale by point), then by the value itself. */
export function compareValues(question: Question, a: AnswerValue, b: AnswerValue): number {
  const left = ranks(question, a);
  const right = ranks(question, b);
  for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return left.length - right.length || compareText(valueKey(a), valueKey(b));
}

function addVote(ballots: Map<string, Ballot>, value: AnswerValue, voice: Voice): void {
  const key = valueKey(value);
  const ballot = ballots.get(key);
  if (ballot) ballot.voices.push(voice);
  else ballots.set(key, { value, key, voices: [voice] });
}

/** Every question someone answered (as their own answers show it), in questionnaire order. */
export function tallyAnswers(questions: readonly Question[], respondents: readonly Respondent[]): QuestionTally[] {
  return questions.flatMap((question): QuestionTally[] => {
    const known = new Map<string, Ballot>();
    const unknown = new Map<string, Ballot>();
    for (const { voice, effective } of respondents) {
      const answer = answerOf(effective, question.id);
      if (answer === undefined) continue;
      addVote(isUnknownAnswer(question, answer) ? unknown : known, canonicalValue(question, answer), voice);
    }
    if (known.size === 0 && unknown.size === 0) return [];
    return [{ question, known: [...known.values()], unknown: [...unknown.values()] }];
  });
}

/**
 * The team's answers as one answer set, for judging any one answer "with the team's other
 * answers": per question the answer most voices gave. A tie goes to the more cautious: the
 * answer whose respondents' own answers raise the most severe risk resting on it (`caution`),
 * then the earlier option. Where nobody knew, the unknown stands (unknowns raise risks too).
 * It cannot use the groups' severities, which are judged against this very baseline.
 */
export function baselineAnswers(
  tallies: readonly QuestionTally[],
  caution: (voice: Voice, question: string) => number,
): Record<string, AnswerValue> {
  const baseline: Record<string, AnswerValue> = {};
  for (const { question, known, unknown } of tallies) {
    const ballots = known.length > 0 ? known : unknown;
    const worst = (ballot: Ballot): number => Math.max(0, ...ballot.voices.map((voice) => caution(voice, question.id)));
    const [chosen] = [...ballots].sort(
      (a, b) => b.voices.length - a.voices.length || worst(b) - worst(a) || compareValues(question, a.value, b.value),
    );
    if (chosen) baseline[question.id] = chosen.value;
  }
  return baseline;
}
