import type { Answers } from "../answers";

/** One thing wrong with content: the id it is about and the problem in plain words. */
export interface Problem {
  id: string;
  problem: string;
}

/** Proof that a question can be shown or a risk rule can match. */
export interface Witness {
  id: string;
  answers: Answers;
}
