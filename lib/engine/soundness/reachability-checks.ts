/**
 * Every question can be shown and every risk rule can match for SOME answers: each is
 * proved by a witness the real engine confirms.
 */
import { evaluateCondition } from "../evaluate-condition";
import type { Questionnaire } from "../questionnaire";
import { resolveVisibility } from "../visibility";
import type { Problem, Witness } from "./problem";
import { findWitness } from "./witness";

export interface Reachability {
  problems: Problem[];
  witnesses: Witness[];
}

export function checkReachability(content: Questionnaire): Reachability {
  const problems: Problem[] = [];
  const witnesses: Witness[] = [];
  const { questions } = content;

  for (const question of questions) {
    const answers = findWitness(questions, { op: "visible", question: question.id }, (candidate) =>
      resolveVisibility(content, candidate).visible.includes(question.id),
    );
    if (answers) witnesses.push({ id: question.id, answers });
    else problems.push({ id: question.id, problem: "No set of answers shows this question: its condition can never hold." });
  }

  for (const risk of content.risks) {
    risk.rules.forEach((rule, index) => {
      const answers = findWitness(
        questions,
        rule.when,
        (candidate) => evaluateCondition(rule.when, resolveVisibility(content, candidate).effective).matched,
      );
      const id = risk.rules.length === 1 ? risk.id : `${risk.id} (rule ${index + 1})`;
      if (answers) witnesses.push({ id, answers });
      else problems.push({ id, problem: "No set of answers raises this risk rule: its condition can never hold on answers that count." });
    });
  }
  return { problems, witnesses };
}
