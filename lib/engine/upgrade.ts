/**
 * Brings answers and decisions written against an older questionnaire up to the current
 * one: ids are followed through the id history, values checked against what the current
 * question accepts. Whatever cannot be carried over is listed in words, never dropped in
 * silence.
 */
import { isAnswered, type AnswerValue } from "./answers";
import type { Decision } from "./assessment";
import type { Question, Questionnaire } from "./questionnaire";
import { currentId, type IdHistory } from "./share/id-history";

export interface Upgraded {
  answers: Record<string, AnswerValue>;
  decisions: Record<string, Decision>;
  /** Plain-words notes on what could not be carried over. */
  unmapped: string[];
}

type ValueResult = { ok: true; value: AnswerValue } | { ok: false; problem: string };

const offered = (question: Question, id: string | undefined): id is string =>
  id !== undefined && (question.kind === "single" || question.kind === "multi") && question.options.some((o) => o.id === id);

function upgradeValue(question: Question, value: AnswerValue, history: IdHistory): ValueResult {
  // Own entries only: a question id such as "constructor" must not find Object.prototype's.
  const options = Object.hasOwn(history.options, question.id) ? history.options[question.id] : undefined;
  switch (question.kind) {
    case "single": {
      const id = typeof value === "string" ? currentId(options, value) : undefined;
      return offered(question, id) ? { ok: true, value: id } : { ok: false, problem: `the answer “${String(value)}” is no longer offered` };
    }
    case "multi": {
      if (!Array.isArray(value)) return { ok: false, problem: "the answer is not a list of choices" };
      const kept = value.map((v) => currentId(options, v)).filter((id) => offered(question, id));
      return kept.length === value.length
        ? { ok: true, value: kept }
        : { ok: false, problem: `${value.length - kept.length} of its choices are no longer offered` };
    }
    case "scale":
      return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= question.scale.length
        ? { ok: true, value }
        : { ok: false, problem: `the point “${String(value)}” is not on its scale` };
    case "text":
      return typeof value === "string"
        ? { ok: true, value: value.slice(0, question.maxLength) }
        : { ok: false, problem: "the answer is not text" };
  }
}

export function upgradeToCurrent(
  questionnaire: Pick<Questionnaire, "questions" | "actions">,
  history: IdHistory,
  answers: Readonly<Record<string, AnswerValue>>,
  decisions: Readonly<Record<string, Decision>>,
): Upgraded {
  const questions = new Map(questionnaire.questions.map((q) => [q.id, q]));
  const actions = new Set(questionnaire.actions.map((a) => a.id));
  const result: Upgraded = { answers: {}, decisions: {}, unmapped: [] };

  for (const [oldId, value] of Object.entries(answers)) {
    if (!isAnswered(value)) continue;
    const id = currentId(history.questions, oldId);
    const question = id === undefined ? undefined : questions.get(id);
    if (!question) {
      result.unmapped.push(`An answer to “${oldId}”: that question is no longer asked.`);
      continue;
    }
    const upgraded = upgradeValue(question, value, history);
    if (!upgraded.ok) result.unmapped.push(`Your answer to “${question.prompt}”: ${upgraded.problem}.`);
    else if (isAnswered(upgraded.value)) result.answers[question.id] = upgraded.value;
  }

  for (const [oldId, decision] of Object.entries(decisions)) {
    const id = currentId(history.actions, oldId);
    if (id !== undefined && actions.has(id)) result.decisions[id] = decision;
    else result.unmapped.push(`A decision on the action “${oldId}”: that action is no longer in the plan.`);
  }
  return result;
}

export interface Renamed {
  answers: Record<string, AnswerValue>;
  decisions: Record<string, Decision>;
  /** Plain-words notes on what was renamed away or removed. */
  notes: string[];
  changed: boolean;
}

/**
 * Follows the id history alone, without the questionnaire: what a saved record needs on
 * every page (the history is small, the questionnaire is not). Renamed question, option and
 * action ids are carried over; removed ones are left out and named.
 */
export function renameThroughHistory(
  history: IdHistory,
  answers: Readonly<Record<string, AnswerValue>>,
  decisions: Readonly<Record<string, Decision>>,
): Renamed {
  // Built from entries, so an id such as "__proto__" stays an own key and sets no prototype.
  const answerEntries: [string, AnswerValue][] = [];
  const decisionEntries: [string, Decision][] = [];
  const result: Renamed = { answers: {}, decisions: {}, notes: [], changed: false };
  for (const [oldId, value] of Object.entries(answers)) {
    const id = currentId(history.questions, oldId);
    if (id === undefined) {
      result.notes.push(`An answer to “${oldId}” was left out: that question is no longer asked.`);
      result.changed = true;
      continue;
    }
    const options = Object.hasOwn(history.options, id) ? history.options[id] : undefined;
    let next: AnswerValue | undefined = value;
    if (options && typeof value === "string") next = currentId(options, value);
    else if (options && Array.isArray(value)) next = value.flatMap((v) => currentId(options, v) ?? []);
    if (next === undefined || (Array.isArray(next) && Array.isArray(value) && next.length < value.length)) {
      result.notes.push(`Part of the answer to “${id}” was left out: that choice is no longer offered.`);
    }
    if (id !== oldId || JSON.stringify(next) !== JSON.stringify(value)) result.changed = true;
    if (next !== undefined && isAnswered(next)) answerEntries.push([id, next]);
  }
  for (const [oldId, decision] of Object.entries(decisions)) {
    const id = currentId(history.actions, oldId);
    if (id === undefined) {
      result.notes.push(`A decision on the action “${oldId}” was left out: that action is no longer in the plan.`);
      result.changed = true;
    } else {
      if (id !== oldId) result.changed = true;
      decisionEntries.push([id, decision]);
    }
  }
  return { ...result, answers: Object.fromEntries(answerEntries), decisions: Object.fromEntries(decisionEntries) };
}
