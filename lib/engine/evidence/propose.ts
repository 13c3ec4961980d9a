/**
 * From facts to proposed answers. Content rules decide which answer the facts support; this
 * applies them (single choice: the first rule that holds; multiple choice: every option of
 * every rule that holds), keeps only questions the questionnaire would show once the
 * proposals are in, and sets each proposal beside the answer the team already gave.
 */
import { answerOf, isAnswered, type Answers, type AnswerValue } from "../answers";
import type { Question } from "../questionnaire";
import { resolveVisibility } from "../visibility";
import { evaluateFacts, groupFacts, type FactsById } from "./evaluate-facts";
import type { EvidenceRule } from "./evidence-rule";
import type { Fact, Source } from "./facts";

/** How many lines a proposal cites: enough to check it, few enough to read. */
export const MAX_CITATIONS = 5;

export interface Proposal {
  question: string;
  area: string;
  /** The proposed answer, as the wizard stores it (an option id, or a list for multiple choice). */
  value: AnswerValue;
  /** The rules that held, and their reasons, in content order. */
  rules: string[];
  reasons: string[];
  /** The lines that show it, first seen first, at most MAX_CITATIONS. */
  evidence: Source[];
  /** The facts behind it, for the review's detail. */
  facts: Fact[];
  /** The team's answer before the proposal, when there is one. */
  current?: AnswerValue;
  /** "new": nothing answered yet; "same": the team already said this; "differs": the team said otherwise. */
  standing: "new" | "same" | "differs";
}

interface Draft {
  question: Question;
  options: string[];
  rules: EvidenceRule[];
  facts: Fact[];
}

function sameAnswer(a: AnswerValue, b: AnswerValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item) => b.includes(item));
  return a === b;
}

function citations(facts: readonly Fact[]): Source[] {
  const seen = new Set<string>();
  const sources: Source[] = [];
  for (const { source } of facts) {
    const key = `${source.file}\n${source.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sources.push(source);
    if (sources.length === MAX_CITATIONS) break;
  }
  return sources;
}

function draftProposals(questions: ReadonlyMap<string, Question>, rules: readonly EvidenceRule[], facts: FactsById): Draft[] {
  const drafts = new Map<string, Draft>();
  for (const rule of rules) {
    const question = questions.get(rule.question);
    if (!question || (question.kind !== "single" && question.kind !== "multi")) continue;
    const existing = drafts.get(rule.question);
    if (existing && question.kind === "single") continue;
    const match = evaluateFacts(rule.when, facts);
    if (!match.holds) continue;
    if (existing) {
      for (const option of rule.propose) if (!existing.options.includes(option)) existing.options.push(option);
      existing.rules.push(rule);
      existing.facts.push(...match.because);
    } else {
      drafts.set(rule.question, { question, options: [...rule.propose], rules: [rule], facts: [...match.because] });
    }
  }
  return [...drafts.values()];
}

function valueOf(draft: Draft): AnswerValue {
  if (draft.question.kind === "multi" && draft.question.options) {
    // In the question's own order, so the proposal reads like the form.
    const order = draft.question.options.map((option) => option.id);
    return [...draft.options].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  }
  return draft.options[0] ?? "";
}

export function proposeAnswers(
  questionnaire: { questions: readonly Question[] },
  rules: readonly EvidenceRule[],
  facts: readonly Fact[],
  answers: Answers,
): Proposal[] {
  const questions = new Map(questionnaire.questions.map((question) => [question.id, question]));
  const drafts = draftProposals(questions, rules, groupFacts(facts));
  const proposed: Record<string, AnswerValue> = { ...answers };
  for (const draft of drafts) proposed[draft.question.id] = valueOf(draft);
  // A proposal for a question the answers (with the proposals in) would hide is no help.
  const shown = new Set(resolveVisibility(questionnaire, proposed).visible);
  const order = new Map(questionnaire.questions.map((question, index) => [question.id, index]));
  return drafts
    .filter((draft) => shown.has(draft.question.id))
    .sort((a, b) => (order.get(a.question.id) ?? 0) - (order.get(b.question.id) ?? 0))
    .map((draft): Proposal => {
      const value = valueOf(draft);
      const current = answerOf(answers, draft.question.id);
      const answered = isAnswered(current);
      return {
        question: draft.question.id,
        area: draft.question.area,
        value,
        rules: draft.rules.map((rule) => rule.id),
        reasons: draft.rules.map((rule) => rule.reason),
        evidence: citations(draft.facts),
        facts: draft.facts,
        ...(answered ? { current } : {}),
        standing: !answered ? "new" : sameAnswer(current, value) ? "same" : "differs",
      };
    });
}
