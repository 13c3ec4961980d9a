/**
 * How much one answer to one question matters: the team's baseline answers with just that
 * answer put in, and the risks that then rest on the question. One evaluation per
 * (question, answer), and none for an answer the baseline already gives.
 */
import { answerOf, type Answers, type AnswerValue } from "../answers";
import type { Question, Risk } from "../questionnaire";
import { evaluateRisks, type RaisedRisk } from "../risks";
import { bandOf, type Band } from "../scoring";
import { resolveVisibility } from "../visibility";
import { valueKey, type Ballot } from "./answer-groups";
import type { QuestionTree } from "./question-tree";

export interface GroupWeight {
  severity: number;
  band: Band | null;
  /** Risk ids resting on the question, most severe first. */
  risks: string[];
}

interface SeverityContent {
  questions: readonly Question[];
  risks: readonly Risk[];
}

export interface GroupSeverity {
  weigh(question: Question, ballot: Ballot): GroupWeight;
}

export function groupSeverity(
  content: SeverityContent,
  tree: QuestionTree,
  baseline: Answers,
  /** A voter's own counted answers, by voice label. */
  answersOf: (label: string) => Answers,
): GroupSeverity {
  const baselineVisibility = resolveVisibility(content, baseline);
  const shownInBaseline = new Set(baselineVisibility.visible);
  const baselineRisks = evaluateRisks(content, baselineVisibility.effective);

  const risksWith = (question: Question, ballot: Ballot): readonly RaisedRisk[] => {
    const inBaseline = answerOf(baseline, question.id);
    if (shownInBaseline.has(question.id)) {
      if (inBaseline !== undefined && valueKey(inBaseline) === ballot.key) return baselineRisks;
      return evaluateRisks(content, resolveVisibility(content, { ...baseline, [question.id]: ballot.value }).effective);
    }
    // The team's majority hides this question (most said "not stateful", one said "stateful"
    // and answered the backup question): judge the answer where it was given, with its first
    // voter's answers to the questions that show it, or it would weigh nothing.
    const context: Record<string, AnswerValue> = { ...baseline };
    const voter = ballot.voices[0];
    const own = voter === undefined ? {} : answersOf(voter.label);
    for (const parent of tree.ancestors(question.id)) {
      const answer = answerOf(own, parent);
      if (answer === undefined) delete context[parent];
      else context[parent] = answer;
    }
    context[question.id] = ballot.value;
    return evaluateRisks(content, resolveVisibility(content, context).effective);
  };

  return {
    weigh(question, ballot) {
      // Raised risks come most severe first, so the titles keep that order.
      const resting = risksWith(question, ballot).filter((risk) => risk.because.some((reason) => reason.question === question.id));
      const severity = Math.max(0, ...resting.map((risk) => risk.severity));
      return { severity, band: severity > 0 ? bandOf(severity) : null, risks: resting.map((risk) => risk.id) };
    },
  };
}
