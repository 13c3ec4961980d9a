/**
 * Finds a witness: a set of answers that shows a question or makes a condition true.
 * It searches constructively (answer what the goal needs, make each answered question
 * visible first), backtracking over choices, and lets the real engine confirm each
 * candidate, so a witness it returns is a proof, not a guess.
 */
import { isAnswered, type Answers, type AnswerValue } from "../answers";
import { referencedQuestions, type Condition, type ScalarValue } from "../condition";
import type { Question } from "../questionnaire";

type Goal = Condition | { op: "visible"; question: string };
type Draft = Readonly<Record<string, AnswerValue>>;

const SEARCH_BUDGET = 20_000;

interface Search {
  byId: ReadonlyMap<string, Question>;
  steps: number;
}

function possibleValues(question: Question): AnswerValue[] {
  switch (question.kind) {
    case "single":
      return question.options.map((option) => option.id);
    case "multi":
      return question.options.map((option) => [option.id]);
    case "scale":
      return question.scale.map((_, index) => index + 1);
    case "text":
      return ["An example answer"];
  }
}

function* assign(search: Search, question: string, values: AnswerValue[], draft: Draft): Generator<Draft> {
  for (const visible of satisfy(search, { op: "visible", question }, draft)) {
    if (isAnswered(visible[question])) continue;
    for (const value of values) yield { ...visible, [question]: value };
  }
}

function* satisfyAll(search: Search, goals: readonly Goal[], draft: Draft): Generator<Draft> {
  const [first, ...rest] = goals;
  if (first === undefined) {
    yield draft;
    return;
  }
  for (const next of satisfy(search, first, draft)) yield* satisfyAll(search, rest, next);
}

function otherValues(search: Search, question: string, excluded: readonly ScalarValue[]): AnswerValue[] {
  const known = search.byId.get(question);
  if (!known) return [];
  return possibleValues(known).filter((value) => Array.isArray(value) || !excluded.includes(value));
}

function* satisfyNot(search: Search, goal: Condition, draft: Draft): Generator<Draft> {
  switch (goal.op) {
    case "all":
      yield* satisfy(search, { op: "any", conditions: goal.conditions.map((c) => ({ op: "not", condition: c })) }, draft);
      return;
    case "any":
      yield* satisfyAll(
        search,
        goal.conditions.map((c): Condition => ({ op: "not", condition: c })),
        draft,
      );
      return;
    case "not":
      yield* satisfy(search, goal.condition, draft);
      return;
    case "answered":
      if (!isAnswered(draft[goal.question])) yield draft;
      return;
    case "includes": {
      const answer = draft[goal.question];
      if (!isAnswered(answer)) {
        yield draft;
        const others = otherValues(search, goal.question, []).filter((value) => Array.isArray(value) && !value.includes(goal.option));
        yield* assign(search, goal.question, others, draft);
      } else if (!Array.isArray(answer) || !answer.includes(goal.option)) yield draft;
      return;
    }
    case "equals":
    case "in": {
      const excluded = goal.op === "equals" ? [goal.value] : goal.values;
      const answer = draft[goal.question];
      if (!isAnswered(answer)) {
        yield draft;
        yield* assign(search, goal.question, otherValues(search, goal.question, excluded), draft);
      } else if (Array.isArray(answer) || !excluded.includes(answer)) yield draft;
      return;
    }
  }
}

function* satisfy(search: Search, goal: Goal, draft: Draft): Generator<Draft> {
  if (++search.steps > SEARCH_BUDGET) return;
  switch (goal.op) {
    case "visible": {
      const question = search.byId.get(goal.question);
      if (!question) return;
      if (!question.when) {
        yield draft;
        return;
      }
      const shown: Goal[] = referencedQuestions(question.when).map((id) => ({ op: "visible", question: id }));
      yield* satisfyAll(search, [...shown, question.when], draft);
      return;
    }
    case "all":
      yield* satisfyAll(search, goal.conditions, draft);
      return;
    case "any":
      for (const condition of goal.conditions) yield* satisfy(search, condition, draft);
      return;
    case "not":
      yield* satisfyNot(search, goal.condition, draft);
      return;
    case "answered": {
      const answer = draft[goal.question];
      if (isAnswered(answer)) yield draft;
      else yield* assign(search, goal.question, otherValues(search, goal.question, []), draft);
      return;
    }
    case "equals":
    case "in": {
      const wanted = goal.op === "equals" ? [goal.value] : goal.values;
      const answer = draft[goal.question];
      if (isAnswered(answer)) {
        if (!Array.isArray(answer) && wanted.includes(answer)) yield draft;
      } else yield* assign(search, goal.question, wanted, draft);
      return;
    }
    case "includes": {
      const answer = draft[goal.question];
      if (!isAnswered(answer)) yield* assign(search, goal.question, [[goal.option]], draft);
      else if (Array.isArray(answer)) {
        yield answer.includes(goal.option) ? draft : { ...draft, [goal.question]: [...answer, goal.option] };
      }
      return;
    }
  }
}

/**
 * The first candidate that `confirm` accepts, or undefined when the search space (or its
 * budget) is exhausted without one.
 */
export function findWitness(questions: readonly Question[], goal: Goal, confirm: (answers: Answers) => boolean): Answers | undefined {
  const search: Search = { byId: new Map(questions.map((question) => [question.id, question])), steps: 0 };
  for (const candidate of satisfy(search, goal, {})) {
    if (confirm(candidate)) return candidate;
  }
  return undefined;
}

export type { Goal as WitnessGoal };
