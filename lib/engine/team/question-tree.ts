/**
 * Which questions decide whether another is shown: a follow-up's ancestors (the answers
 * that open it) and a question's descendants (the follow-ups it opens), however indirectly.
 */
import { referencedQuestions } from "../condition";
import type { QuestionLogic } from "../questionnaire";

export interface QuestionTree {
  ancestors(id: string): ReadonlySet<string>;
  descendants(id: string): ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

export function questionTree(questions: readonly Pick<QuestionLogic, "id" | "when">[]): QuestionTree {
  const parents = new Map(questions.map((question) => [question.id, question.when ? referencedQuestions(question.when) : []]));
  const ancestors = new Map<string, Set<string>>();
  const ancestorsOf = (id: string, path: ReadonlySet<string>): Set<string> => {
    const known = ancestors.get(id);
    if (known) return known;
    const found = new Set<string>();
    for (const parent of parents.get(id) ?? []) {
      // Content is checked acyclic; the path guard only keeps a broken questionnaire from looping.
      if (path.has(parent)) continue;
      found.add(parent);
      for (const above of ancestorsOf(parent, new Set([...path, parent]))) found.add(above);
    }
    ancestors.set(id, found);
    return found;
  };
  const descendants = new Map<string, Set<string>>();
  for (const { id } of questions) {
    for (const ancestor of ancestorsOf(id, new Set([id]))) {
      const below = descendants.get(ancestor) ?? new Set<string>();
      below.add(id);
      descendants.set(ancestor, below);
    }
  }
  return {
    ancestors: (id) => ancestors.get(id) ?? NONE,
    descendants: (id) => descendants.get(id) ?? NONE,
  };
}
