/**
 * From the team's picture to one answer set: each compared question settled by the
 * facilitator or, by default, to its most cautious answer (a disagreement is settled on the
 * safe side until someone says otherwise), each with a line saying how it was agreed.
 */
import { isAnswered, type AnswerValue } from "../answers";
import { answerText } from "../answer-text";
import { EVIDENCE_MAX_LENGTH } from "../assessment";
import type { Question, Questionnaire } from "../questionnaire";
import { resolveVisibility } from "../visibility";
import { canonicalValue } from "./answer-groups";
import type { QuestionComparison, TeamComparison, Voice } from "./team-types";

export interface AgreedAnswers {
  answers: Record<string, AnswerValue>;
  /** By question: one line citing the responses and how the answer was settled. */
  evidence: Record<string, string>;
}

/** The question's first unknown option, as an answer of its kind. */
function unknownAnswer(question: Question): AnswerValue | undefined {
  if (question.kind !== "single" && question.kind !== "multi") return undefined;
  const option = question.options.find((candidate) => candidate.unknown);
  if (option === undefined) return undefined;
  return question.kind === "multi" ? [option.id] : option.id;
}

/**
 * Nobody knew: the answer stays unknown, so the plan's "find out" task appears rather than
 * the question quietly dropping out. The comparison keeps who did not know, not which
 * unknown option they chose, so this is the question's first one.
 */
function defaultAnswer(question: Question, compared: QuestionComparison): AnswerValue | undefined {
  if (compared.cautious !== undefined) return compared.cautious;
  return compared.unknown.length > 0 ? unknownAnswer(question) : undefined;
}

const labels = (voices: readonly Voice[]): string => voices.map((voice) => voice.label).join(", ");
const oneLine = (text: string): string => text.replace(/\s+/g, " ").trim();

function howSettled(compared: QuestionComparison, byFacilitator: boolean): string {
  if (byFacilitator) return "settled by the facilitator";
  if (compared.agreement === "unanimous") return "unanimous";
  if (compared.agreement === "unknown-only") return "nobody knew, so it stays to be found out";
  return "settled as the most cautious answer";
}

function citation(question: Question, compared: QuestionComparison, byFacilitator: boolean, note: string | undefined): string {
  const said = compared.groups.map((group) => `${labels(group.voices)}: ${group.text}`);
  if (compared.unknown.length > 0) said.push(`${labels(compared.unknown)}: ${answerText(question, unknownAnswer(question))}`);
  const count = compared.groups.reduce((sum, group) => sum + group.voices.length, compared.unknown.length);
  const how = howSettled(compared, byFacilitator);
  const line = `Agreed from ${count} ${count === 1 ? "response" : "responses"}: ${said.join("; ")}; ${note ? `${how}: ${note}` : how}`;
  return line.length <= EVIDENCE_MAX_LENGTH ? line : `${line.slice(0, EVIDENCE_MAX_LENGTH - 1)}…`;
}

export function agreedAnswers(
  questionnaire: Questionnaire,
  comparison: TeamComparison,
  /** By question: the facilitator's answer; null leaves it unanswered; absent takes the default. */
  settled: Readonly<Record<string, AnswerValue | null>>,
  notes: Readonly<Record<string, string>> = {},
): AgreedAnswers {
  const byId = new Map(questionnaire.questions.map((question) => [question.id, question]));
  const chosen: Record<string, AnswerValue> = {};
  const lines = new Map<string, string>();
  for (const compared of comparison.questions) {
    const question = byId.get(compared.question);
    if (question === undefined) continue;
    const settledValue = Object.hasOwn(settled, question.id) ? settled[question.id] : undefined;
    const byFacilitator = settledValue !== undefined;
    const value = byFacilitator ? settledValue : defaultAnswer(question, compared);
    if (value === null || value === undefined || !isAnswered(value)) continue;
    chosen[question.id] = canonicalValue(question, value);
    const note = Object.hasOwn(notes, question.id) ? oneLine(notes[question.id] ?? "") : "";
    lines.set(question.id, citation(question, compared, byFacilitator, note || undefined));
  }
  // An agreed answer can hide another (the team settled on "not stateful", so the backup
  // question goes): keep only what the agreed answers themselves show, as any assessment would.
  const { effective } = resolveVisibility(questionnaire, chosen);
  const answers: Record<string, AnswerValue> = { ...effective };
  const evidence: Record<string, string> = {};
  for (const id of Object.keys(answers)) {
    const line = lines.get(id);
    if (line !== undefined) evidence[id] = line;
  }
  return { answers, evidence };
}
