/**
 * Evaluates a condition against answers and says which answers made it true.
 * An unanswered question equals nothing, is in nothing and includes nothing.
 */
import { answerOf, isAnswered, type Answers, type AnswerValue } from "./answers";
import type { Condition, ScalarValue } from "./condition";

export interface ConditionResult {
  matched: boolean;
  /** Question ids whose answers (or lack of one) made the condition come out as it did. */
  because: string[];
}

function sameValue(answer: AnswerValue | undefined, value: ScalarValue): boolean {
  return isAnswered(answer) && !Array.isArray(answer) && answer === value;
}

function union(results: ConditionResult[]): string[] {
  return [...new Set(results.flatMap((result) => result.because))];
}

export function evaluateCondition(condition: Condition, answers: Answers): ConditionResult {
  switch (condition.op) {
    case "all": {
      const results = condition.conditions.map((child) => evaluateCondition(child, answers));
      const failed = results.filter((result) => !result.matched);
      return failed.length === 0 ? { matched: true, because: union(results) } : { matched: false, because: union(failed) };
    }
    case "any": {
      const results = condition.conditions.map((child) => evaluateCondition(child, answers));
      const passed = results.filter((result) => result.matched);
      return passed.length > 0 ? { matched: true, because: union(passed) } : { matched: false, because: union(results) };
    }
    case "not": {
      const inner = evaluateCondition(condition.condition, answers);
      return { matched: !inner.matched, because: inner.because };
    }
    case "equals":
      return { matched: sameValue(answerOf(answers, condition.question), condition.value), because: [condition.question] };
    case "in": {
      const answer = answerOf(answers, condition.question);
      return {
        matched: condition.values.some((value) => sameValue(answer, value)),
        because: [condition.question],
      };
    }
    case "includes": {
      const answer = answerOf(answers, condition.question);
      return {
        matched: Array.isArray(answer) && answer.includes(condition.option),
        because: [condition.question],
      };
    }
    case "answered":
      return { matched: isAnswered(answerOf(answers, condition.question)), because: [condition.question] };
  }
}

export function conditionHolds(condition: Condition | undefined, answers: Answers): boolean {
  return condition === undefined || evaluateCondition(condition, answers).matched;
}
