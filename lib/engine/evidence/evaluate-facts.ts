/**
 * Evaluating an evidence rule's condition over the facts read from the files. Besides
 * "does it hold", it returns the facts that made it hold, so every proposal can cite the
 * lines behind it.
 */
import type { FactCondition } from "./evidence-rule";
import type { Fact, FactId } from "./facts";

export interface FactMatch {
  holds: boolean;
  /** The facts that made it hold; empty when it does not (or holds only by a `not`). */
  because: Fact[];
}

const NO: FactMatch = { holds: false, because: [] };

/** Facts grouped by id, built once per reading so each rule is a lookup. */
export type FactsById = ReadonlyMap<FactId, readonly Fact[]>;

export function groupFacts(facts: readonly Fact[]): FactsById {
  const byId = new Map<FactId, Fact[]>();
  for (const fact of facts) {
    const group = byId.get(fact.id);
    if (group) group.push(fact);
    else byId.set(fact.id, [fact]);
  }
  return byId;
}

export function evaluateFacts(condition: FactCondition, facts: FactsById): FactMatch {
  switch (condition.op) {
    case "all": {
      const because: Fact[] = [];
      for (const child of condition.conditions) {
        const match = evaluateFacts(child, facts);
        if (!match.holds) return NO;
        because.push(...match.because);
      }
      return { holds: true, because };
    }
    case "any": {
      const holding = condition.conditions.map((child) => evaluateFacts(child, facts)).filter((match) => match.holds);
      return holding.length === 0 ? NO : { holds: true, because: holding.flatMap((match) => match.because) };
    }
    case "not":
      return evaluateFacts(condition.condition, facts).holds ? NO : { holds: true, because: [] };
    case "some": {
      const matching = (facts.get(condition.fact) ?? []).filter((fact) => condition.values.includes(fact.value));
      return matching.length === 0 ? NO : { holds: true, because: matching };
    }
    case "every": {
      const all = facts.get(condition.fact) ?? [];
      return all.length > 0 && all.every((fact) => condition.values.includes(fact.value)) ? { holds: true, because: [...all] } : NO;
    }
  }
}
