/**
 * The soundness check for evidence rules, as for the rest of the content: every rule has a
 * unique id, names a real choice question and real options of it (one for a single
 * choice, never an "unknown" one: files never prove "not sure"), and reads only facts and
 * values a reader can produce.
 */
import type { Question } from "../questionnaire";
import type { EvidenceRule, FactCondition } from "./evidence-rule";
import { FACT_VALUES, isFactId, isFactValue } from "./facts";

const ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

function conditionProblems(condition: FactCondition, where: string): string[] {
  switch (condition.op) {
    case "all":
    case "any":
      return condition.conditions.length === 0
        ? [`${where}: an empty “${condition.op}”.`]
        : condition.conditions.flatMap((child) => conditionProblems(child, where));
    case "not":
      return conditionProblems(condition.condition, where);
    case "some":
    case "every": {
      if (!isFactId(condition.fact)) return [`${where}: no reader states the fact “${condition.fact}”.`];
      const fact = condition.fact;
      if (condition.values.length === 0) return [`${where}: “${fact}” is compared with no value.`];
      return condition.values
        .filter((value) => !isFactValue(fact, value))
        .map((value) => `${where}: the fact “${fact}” is never “${value}” (it is one of ${FACT_VALUES[fact].join(", ")}).`);
    }
  }
}

export function checkEvidenceRules(questionnaire: { questions: readonly Question[] }, rules: readonly EvidenceRule[]): string[] {
  const questions = new Map(questionnaire.questions.map((question) => [question.id, question]));
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const rule of rules) {
    const where = `Evidence rule “${rule.id}”`;
    if (!ID.test(rule.id)) problems.push(`${where}: ids are lower-case words joined by '.' or '-'.`);
    if (seen.has(rule.id)) problems.push(`${where}: the id is used twice.`);
    seen.add(rule.id);
    if (rule.reason.trim() === "") problems.push(`${where}: it gives no reason.`);
    problems.push(...conditionProblems(rule.when, where));
    const question = questions.get(rule.question);
    if (!question) {
      problems.push(`${where}: there is no question “${rule.question}”.`);
      continue;
    }
    if (question.kind !== "single" && question.kind !== "multi") {
      problems.push(`${where}: “${rule.question}” is a ${question.kind} question; evidence proposes only choices.`);
      continue;
    }
    if (question.kind === "single" && rule.propose.length !== 1)
      problems.push(`${where}: a single-choice question takes exactly one option.`);
    if (rule.propose.length === 0) problems.push(`${where}: it proposes nothing.`);
    for (const id of rule.propose) {
      const option = question.options.find((candidate) => candidate.id === id);
      if (!option) problems.push(`${where}: “${rule.question}” has no option “${id}”.`);
      else if (option.unknown) problems.push(`${where}: files never prove “${option.label}”; propose nothing instead.`);
    }
  }
  return problems;
}
