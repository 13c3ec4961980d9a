/**
 * Checks that keep scoring honest:
 *   - an option that reads as "we do not know" is marked `unknown`, so the plan and the
 *     unknown-answer checks treat it as one (a new "Not sure" cannot be forgotten);
 *   - two rules of one risk that can match together are ordered: one is at least as likely
 *     AND at least as harmful as the other. The most severe matching rule is the one shown,
 *     so without this a worse answer that adds a rule could move a risk to a lower
 *     likelihood (or impact) on the matrix.
 */
import type { Condition } from "../condition";
import { evaluateCondition } from "../evaluate-condition";
import type { Questionnaire, RiskRule } from "../questionnaire";
import { resolveVisibility } from "../visibility";
import type { Problem } from "./problem";
import { findWitness } from "./witness";

/** Option ids that only ever mean "we do not know"; "unmapped" and "none" are answers. */
export const UNKNOWN_OPTION_IDS: readonly string[] = ["not-sure", "undecided", "unassigned", "dont-know"];
/** Labels that say the same in words, whatever the id. */
const UNKNOWN_LABEL = /^(not sure|not decided|undecided|don't know|we don't know|nobody has been named)\b/i;

export function checkUnknownOptions(content: Pick<Questionnaire, "questions">): Problem[] {
  const problems: Problem[] = [];
  for (const question of content.questions) {
    if (question.kind !== "single" && question.kind !== "multi") continue;
    for (const option of question.options) {
      if (option.unknown === true) continue;
      if (UNKNOWN_OPTION_IDS.includes(option.id) || UNKNOWN_LABEL.test(option.label))
        problems.push({
          id: question.id,
          problem: `Its option "${option.id}" ("${option.label}") says the team does not know; mark it unknown: true.`,
        });
    }
  }
  return problems;
}

function ordered(a: RiskRule, b: RiskRule): boolean {
  return (a.likelihood >= b.likelihood && a.impact >= b.impact) || (b.likelihood >= a.likelihood && b.impact >= a.impact);
}

export function checkRuleOrder(content: Questionnaire): Problem[] {
  const problems: Problem[] = [];
  for (const risk of content.risks) {
    risk.rules.forEach((first, i) => {
      risk.rules.slice(i + 1).forEach((second, offset) => {
        if (ordered(first, second)) return;
        const both: Condition = { op: "all", conditions: [first.when, second.when] };
        const witness = findWitness(content.questions, both, (candidate) => {
          const { effective } = resolveVisibility(content, candidate);
          return evaluateCondition(first.when, effective).matched && evaluateCondition(second.when, effective).matched;
        });
        if (witness === undefined) return;
        const j = i + offset + 1;
        problems.push({
          id: risk.id,
          problem:
            `Rules ${i + 1} (L${first.likelihood} I${first.impact}) and ${j + 1} (L${second.likelihood} I${second.impact}) can both match ` +
            `(e.g. ${JSON.stringify(witness)}), and neither is at least as likely and as harmful as the other; ` +
            "make the conditions exclusive (split a rule, or add when.not of the other's condition).",
        });
      });
    });
  }
  return problems;
}
