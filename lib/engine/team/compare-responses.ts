/**
 * The team's picture: several respondents' answers side by side. Only what each
 * respondent's own answers show counts, "not sure" is never a vote, and disagreements are
 * ranked by how much they change the risks, so the facilitator settles the ones that matter
 * first. The result depends only on the set of responses, never on their order.
 */
import { answerText } from "../answer-text";
import { indexContent } from "../content-index";
import type { Questionnaire } from "../questionnaire";
import { evaluateRisks, type RaisedRisk } from "../risks";
import { baselineAnswers, compareValues, tallyAnswers, type Ballot, type QuestionTally } from "./answer-groups";
import { groupSeverity, type GroupSeverity } from "./group-severity";
import { questionTree } from "./question-tree";
import { compareRisks } from "./risk-reach";
import { sharpestDifferences } from "./role-differences";
import type { Agreement, AnswerGroup, QuestionComparison, TeamComparison, TeamResponse, Voice } from "./team-types";
import { respondentsOf } from "./voices";

export { agreedAnswers } from "./agreed-answers";

/** The most severe risk resting on each question, per voice, from their own answers. */
function severityByQuestion(raised: readonly RaisedRisk[]): Map<string, number> {
  const worst = new Map<string, number>();
  for (const risk of raised) {
    for (const { question } of risk.because) worst.set(question, Math.max(worst.get(question) ?? 0, risk.severity));
  }
  return worst;
}

const agreementOf = (groups: readonly AnswerGroup[]): Agreement =>
  groups.length === 0 ? "unknown-only" : groups.length === 1 ? "unanimous" : "split";

interface Judging {
  /** Every voice, in voice order. */
  voices: readonly Voice[];
  severity: GroupSeverity;
  titles: (riskIds: readonly string[]) => string[];
}

function compareQuestion(tally: QuestionTally, { voices, severity, titles }: Judging): QuestionComparison {
  const { question } = tally;
  const groups = tally.known.map((ballot: Ballot): AnswerGroup => {
    const weight = severity.weigh(question, ballot);
    return {
      value: ballot.value,
      text: answerText(question, ballot.value),
      voices: ballot.voices,
      severity: weight.severity,
      band: weight.band,
      risks: titles(weight.risks),
    };
  });
  const inOrder = (a: AnswerGroup, b: AnswerGroup): number => compareValues(question, a.value, b.value);
  groups.sort((a, b) => b.voices.length - a.voices.length || b.severity - a.severity || inOrder(a, b));
  const severities = groups.map((group) => group.severity);
  const [cautious] = [...groups].sort((a, b) => b.severity - a.severity || b.voices.length - a.voices.length || inOrder(a, b));
  const [first, second] = groups;
  const majority = first !== undefined && (second === undefined || first.voices.length > second.voices.length) ? first : undefined;
  // Unknowns in voice order, whichever unknown option each chose.
  const unknown = new Set(tally.unknown.flatMap((ballot) => ballot.voices));
  return {
    question: question.id,
    area: question.area,
    prompt: question.prompt,
    groups,
    unknown: voices.filter((voice) => unknown.has(voice)),
    agreement: agreementOf(groups),
    spread: groups.length > 0 ? Math.max(...severities) - Math.min(...severities) : 0,
    cautious: cautious?.value,
    majority: majority?.value,
  };
}

const AGREEMENT_RANK: Record<Agreement, number> = { split: 0, "unknown-only": 1, unanimous: 2 };

export function compareResponses(questionnaire: Questionnaire, responses: readonly TeamResponse[]): TeamComparison {
  const index = indexContent(questionnaire);
  const respondents = respondentsOf(questionnaire, responses);
  const voices = respondents.map((respondent) => respondent.voice);
  const own = respondents.map(({ voice, effective }) => ({ voice, raised: evaluateRisks(questionnaire, effective) }));
  const ownSeverity = new Map(own.map(({ voice, raised }) => [voice.label, severityByQuestion(raised)]));
  const effectiveOf = new Map(respondents.map(({ voice, effective }) => [voice.label, effective]));

  const tree = questionTree(questionnaire.questions);
  // An answer's weight for a respondent: the worst risk resting on it or on a follow-up it
  // opens ("stateful: yes" weighs what the backup answer then raises).
  const caution = (voice: Voice, question: string): number => {
    const theirs = ownSeverity.get(voice.label);
    return Math.max(theirs?.get(question) ?? 0, ...[...tree.descendants(question)].map((id) => theirs?.get(id) ?? 0));
  };
  const tallies = tallyAnswers(questionnaire.questions, respondents);
  const baseline = baselineAnswers(tallies, caution);
  const severity = groupSeverity(questionnaire, tree, baseline, (label) => effectiveOf.get(label) ?? {});
  const titles = (ids: readonly string[]): string[] => ids.map((id) => index.risk.get(id)?.title ?? id);

  const order = new Map(questionnaire.questions.map((question, place) => [question.id, place]));
  const place = (id: string): number => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  const questions = tallies.map((tally) => compareQuestion(tally, { voices, severity, titles }));
  questions.sort(
    (a, b) =>
      AGREEMENT_RANK[a.agreement] - AGREEMENT_RANK[b.agreement] ||
      (a.agreement === "split" ? b.spread - a.spread : 0) ||
      place(a.question) - place(b.question),
  );
  return {
    voices,
    questions,
    risks: compareRisks(index, own),
    sharpest: sharpestDifferences(questions, order),
  };
}
