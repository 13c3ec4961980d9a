/**
 * Evidence rules: content that maps facts (what the team's files show) to a proposed answer
 * for one question. Like conditions on answers, they are data trees: authors cannot smuggle
 * code in, and the content check can prove every rule names a real question, real options
 * and facts a reader can produce.
 *
 * A single-choice question takes the first rule that holds; a multiple-choice question takes
 * every option of every rule that holds. A question no rule holds for gets no proposal: the
 * files did not decide it.
 */
import type { FactId, FactValue } from "./facts";

export type FactCondition =
  | { op: "all"; conditions: FactCondition[] }
  | { op: "any"; conditions: FactCondition[] }
  | { op: "not"; condition: FactCondition }
  /** At least one fact with this id has one of the values. */
  | { op: "some"; fact: FactId; values: string[] }
  /** There is at least one fact with this id, and every one has one of the values. */
  | { op: "every"; fact: FactId; values: string[] };

export interface EvidenceRule {
  /** Stable forever, like every content id: proposals and their review refer to it. */
  id: string;
  question: string;
  when: FactCondition;
  /** Option ids to propose (one for a single-choice question). */
  propose: string[];
  /** One line an expert signs: why these facts mean this answer. */
  reason: string;
}

/** Builders that keep authored rules short and typed; each returns plain data. */
export const facts = {
  all: (...conditions: FactCondition[]): FactCondition => ({ op: "all", conditions }),
  any: (...conditions: FactCondition[]): FactCondition => ({ op: "any", conditions }),
  not: (condition: FactCondition): FactCondition => ({ op: "not", condition }),
  some: <Id extends FactId>(fact: Id, ...values: FactValue<Id>[]): FactCondition => ({ op: "some", fact, values }),
  every: <Id extends FactId>(fact: Id, ...values: FactValue<Id>[]): FactCondition => ({ op: "every", fact, values }),
};

/** Every fact id a condition reads. */
export function referencedFacts(condition: FactCondition): FactId[] {
  const seen = new Set<FactId>();
  const visit = (node: FactCondition): void => {
    if (node.op === "all" || node.op === "any") node.conditions.forEach(visit);
    else if (node.op === "not") visit(node.condition);
    else seen.add(node.fact);
  };
  visit(condition);
  return [...seen];
}
