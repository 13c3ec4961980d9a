/**
 * Conditions: small data trees that decide when a question is shown or a risk rule
 * matches. They are data so content authors cannot smuggle code in, and so the engine
 * can inspect them (which questions they read, what made them true). The schema that checks
 * them lives in condition-schema.ts, so the browser can use conditions without it.
 */

export type ScalarValue = string | number;

export type Condition =
  | { op: "all"; conditions: Condition[] }
  | { op: "any"; conditions: Condition[] }
  | { op: "not"; condition: Condition }
  | { op: "equals"; question: string; value: ScalarValue }
  | { op: "in"; question: string; values: ScalarValue[] }
  | { op: "includes"; question: string; option: string }
  | { op: "answered"; question: string };

/** Builders that keep authored content short; each returns plain data. */
export const when = {
  all: (...conditions: Condition[]): Condition => ({ op: "all", conditions }),
  any: (...conditions: Condition[]): Condition => ({ op: "any", conditions }),
  not: (condition: Condition): Condition => ({ op: "not", condition }),
  equals: (question: string, value: ScalarValue): Condition => ({ op: "equals", question, value }),
  in: (question: string, values: ScalarValue[]): Condition => ({ op: "in", question, values }),
  includes: (question: string, option: string): Condition => ({ op: "includes", question, option }),
  answered: (question: string): Condition => ({ op: "answered", question }),
};

/** Every question id a condition reads, in first-seen order. */
export function referencedQuestions(condition: Condition): string[] {
  const seen = new Set<string>();
  const visit = (node: Condition): void => {
    switch (node.op) {
      case "all":
      case "any":
        node.conditions.forEach(visit);
        return;
      case "not":
        visit(node.condition);
        return;
      default:
        seen.add(node.question);
    }
  };
  visit(condition);
  return [...seen];
}
