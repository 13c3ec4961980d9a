/**
 * Checks that need no search: unique ids, references that resolve, conditions that read
 * earlier questions with values those questions can take.
 */
import { referencedQuestions, type Condition } from "../condition";
import type { Question, Questionnaire } from "../questionnaire";
import type { Problem } from "./problem";

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) (seen.has(id) ? repeated : seen).add(id);
  return [...repeated];
}

export function checkUniqueIds(content: Questionnaire): Problem[] {
  const groups: [string, string[]][] = [
    ["area", content.areas.map((a) => a.id)],
    ["question", content.questions.map((q) => q.id)],
    ["risk", content.risks.map((r) => r.id)],
    ["action", content.actions.map((a) => a.id)],
    ["phase", content.phases.map((p) => p.id)],
    ["role", content.roles.map((r) => r.id)],
  ];
  const problems = groups.flatMap(([kind, ids]) =>
    duplicates(ids).map((id) => ({ id, problem: `The ${kind} id "${id}" is used more than once.` })),
  );
  for (const question of content.questions) {
    if (question.kind !== "single" && question.kind !== "multi") continue;
    for (const id of duplicates(question.options.map((o) => o.id))) {
      problems.push({ id: question.id, problem: `The option id "${id}" is used more than once in this question.` });
    }
  }
  return problems;
}

function leaves(condition: Condition): Exclude<Condition, { op: "all" | "any" | "not" }>[] {
  switch (condition.op) {
    case "all":
    case "any":
      return condition.conditions.flatMap(leaves);
    case "not":
      return leaves(condition.condition);
    default:
      return [condition];
  }
}

function leafProblem(leaf: ReturnType<typeof leaves>[number], question: Question): string | undefined {
  const optionIds = question.kind === "single" || question.kind === "multi" ? question.options.map((o) => o.id) : [];
  if (leaf.op === "answered") return undefined;
  if (leaf.op === "includes") {
    if (question.kind !== "multi") return `uses "includes" on "${question.id}", which is not a multiple-choice question`;
    return optionIds.includes(leaf.option) ? undefined : `refers to option "${leaf.option}", which "${question.id}" does not offer`;
  }
  const values = leaf.op === "equals" ? [leaf.value] : leaf.values;
  switch (question.kind) {
    case "multi":
      return `compares "${question.id}" with "${leaf.op}", but it is multiple choice: use "includes"`;
    case "text":
      return `compares the text answer "${question.id}"; a text answer can only be tested with "answered"`;
    case "single": {
      const unknown = values.find((value) => typeof value !== "string" || !optionIds.includes(value));
      return unknown === undefined ? undefined : `refers to option "${unknown}", which "${question.id}" does not offer`;
    }
    case "scale": {
      const outside = values.find((value) => typeof value !== "number" || value < 1 || value > question.scale.length);
      return outside === undefined
        ? undefined
        : `compares "${question.id}" with ${JSON.stringify(outside)}, outside its scale 1–${question.scale.length}`;
    }
  }
}

/** `earlier` limits which questions a condition may read (a question's own condition); undefined allows all. */
function conditionProblems(
  owner: string,
  condition: Condition,
  byId: ReadonlyMap<string, Question>,
  earlier: ReadonlySet<string> | undefined,
): Problem[] {
  const problems: Problem[] = [];
  for (const id of referencedQuestions(condition)) {
    if (!byId.has(id)) problems.push({ id: owner, problem: `Its condition refers to the question "${id}", which does not exist.` });
    else if (earlier && !earlier.has(id))
      problems.push({ id: owner, problem: `Its condition refers to "${id}", which is not asked before it.` });
  }
  for (const leaf of leaves(condition)) {
    const question = byId.get(leaf.question);
    const problem = question && leafProblem(leaf, question);
    if (problem) problems.push({ id: owner, problem: `Its condition ${problem}.` });
  }
  return problems;
}

export function checkReferences(content: Questionnaire): Problem[] {
  const problems: Problem[] = [];
  const areaIds = content.areas.map((a) => a.id);
  const byId = new Map(content.questions.map((q) => [q.id, q]));
  const riskIds = new Set(content.risks.map((r) => r.id));
  const actionIds = new Set(content.actions.map((a) => a.id));
  const phaseIds = new Set(content.phases.map((p) => p.id));
  const roleIds = new Set(content.roles.map((r) => r.id));

  const earlier = new Set<string>();
  let areaIndex = 0;
  for (const question of content.questions) {
    // Known area, wrong prefix; an unknown area is reported below on its own.
    if (areaIds.includes(question.area) && !question.id.startsWith(`${question.area}.`)) {
      problems.push({
        id: question.id,
        problem: `Its id must start with its area, as in "${question.area}.${question.id.split(".").pop() ?? "name"}".`,
      });
    }
    const index = areaIds.indexOf(question.area);
    if (index < 0) problems.push({ id: question.id, problem: `It belongs to the area "${question.area}", which does not exist.` });
    else if (index < areaIndex)
      problems.push({ id: question.id, problem: `It is listed after questions of a later area; keep questions in area order.` });
    else areaIndex = index;
    if (question.when) problems.push(...conditionProblems(question.id, question.when, byId, earlier));
    if (question.ask !== undefined && !roleIds.has(question.ask))
      problems.push({ id: question.id, problem: `It asks the role "${question.ask}", which does not exist.` });
    earlier.add(question.id);
  }
  for (const area of content.areas) {
    if (!content.questions.some((q) => q.area === area.id)) problems.push({ id: area.id, problem: "The area has no questions." });
    if (area.ask !== undefined && !roleIds.has(area.ask))
      problems.push({ id: area.id, problem: `It asks the role "${area.ask}", which does not exist.` });
  }
  for (const risk of content.risks) {
    if (!areaIds.includes(risk.area))
      problems.push({ id: risk.id, problem: `It belongs to the area "${risk.area}", which does not exist.` });
    risk.rules.forEach((rule) => problems.push(...conditionProblems(risk.id, rule.when, byId, undefined)));
  }
  for (const action of content.actions) {
    if (!phaseIds.has(action.phase)) problems.push({ id: action.id, problem: `Its phase "${action.phase}" does not exist.` });
    if (!roleIds.has(action.owner)) problems.push({ id: action.id, problem: `Its owner role "${action.owner}" does not exist.` });
    for (const risk of action.mitigates) {
      if (!riskIds.has(risk)) problems.push({ id: action.id, problem: `It mitigates "${risk}", which is not a risk.` });
    }
    for (const dependency of action.dependsOn) {
      if (!actionIds.has(dependency)) problems.push({ id: action.id, problem: `It depends on "${dependency}", which is not an action.` });
    }
  }
  return problems;
}
