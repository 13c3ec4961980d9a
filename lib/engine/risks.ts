/**
 * Risk evaluation: every risk with a matching rule, scored by its most severe matching
 * rule, and explained by the answers that made that rule true.
 *
 * The shown rule is one real rule (its likelihood, impact and reason belong together), not
 * a blend of several: taking the highest likelihood of one rule and the highest impact of
 * another would score "sessions lost on every deploy" and "data lost in a rare zone outage"
 * as an almost certain, severe loss. Instead the content check (checkRuleOrder) proves that
 * rules which can match together are ordered, so the most severe one is also at least as
 * likely and as harmful as every other match, and a worse answer never lowers either.
 */
import { answerOf, type Answers, type AnswerValue } from "./answers";
import { evaluateCondition } from "./evaluate-condition";
import type { Risk } from "./questionnaire";
import { bandOf, severityOf, type Band, type Level } from "./scoring";

export interface AnswerReason {
  question: string;
  /** The effective answer, or undefined when the question was left unanswered. */
  answer: AnswerValue | undefined;
}

export interface RaisedRisk {
  id: string;
  area: string;
  likelihood: Level;
  impact: Level;
  severity: number;
  band: Band;
  /** Index of the rule that won within the risk's rules. */
  rule: number;
  reason: string;
  because: AnswerReason[];
}

export function evaluateRisk(risk: Risk, effective: Answers): RaisedRisk | undefined {
  let best: RaisedRisk | undefined;
  risk.rules.forEach((rule, index) => {
    const result = evaluateCondition(rule.when, effective);
    if (!result.matched) return;
    const severity = severityOf(rule.likelihood, rule.impact);
    // Ties on severity go to the higher likelihood, and then to the earlier rule, so the order is stable.
    if (best !== undefined && (severity < best.severity || (severity === best.severity && rule.likelihood <= best.likelihood))) return;
    best = {
      id: risk.id,
      area: risk.area,
      likelihood: rule.likelihood,
      impact: rule.impact,
      severity,
      band: bandOf(severity),
      rule: index,
      reason: rule.reason,
      because: result.because.map((question) => ({ question, answer: answerOf(effective, question) })),
    };
  });
  return best;
}

/** Most severe first; equal severities by likelihood, then in content order. */
export function evaluateRisks(questionnaire: { risks: readonly Risk[] }, effective: Answers): RaisedRisk[] {
  const raised = questionnaire.risks
    .map((risk, order) => ({ order, raised: evaluateRisk(risk, effective) }))
    .filter((entry): entry is { order: number; raised: RaisedRisk } => entry.raised !== undefined);
  raised.sort((a, b) => b.raised.severity - a.raised.severity || b.raised.likelihood - a.raised.likelihood || a.order - b.order);
  return raised.map((entry) => entry.raised);
}
