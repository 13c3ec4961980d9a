/**
 * The whole evaluation of one set of answers: results and the plan that answers them.
 * Pages and exports all start here, so they cannot disagree.
 */
import type { Answers } from "./answers";
import { discoveryTasks, type DiscoveryTask } from "./discovery";
import { buildPlan, type Plan } from "./plan";
import type { Questionnaire } from "./questionnaire";
import { evaluateAssessment, type Results } from "./results";

export interface Evaluation {
  results: Results;
  plan: Plan;
  /** The unknown answers to find out, kept to rebuild the plan when risks are settled. */
  discovery: DiscoveryTask[];
}

export function evaluate(questionnaire: Questionnaire, answers: Answers): Evaluation {
  const results = evaluateAssessment(questionnaire, answers);
  const discovery = discoveryTasks(questionnaire, results.visibility, results.risks);
  return { results, plan: buildPlan(questionnaire, results.risks, discovery), discovery };
}
