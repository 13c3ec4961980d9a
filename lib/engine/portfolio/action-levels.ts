/**
 * Whether an action is programme work (done once, for every application that needs it) or
 * each application's own. The content's `level` when an action names one; otherwise derived:
 *   - programme, when the action is baseline (every adoption needs it) or every risk it
 *     mitigates is programme-level: raised only by answers to programme-level questions,
 *     so it is the same for every application of the programme;
 *   - application, otherwise.
 * The rule gets platform work that mitigates application risks wrong (a shared gateway, say),
 * so such actions name their level in content. A "find out" task takes its question's level.
 */
import { referencedQuestions } from "../condition";
import type { Questionnaire, QuestionLevel } from "../questionnaire";
import { questionLevels } from "./levels";

type LevelContent = Pick<Questionnaire, "areas" | "questions" | "risks" | "actions">;

const cache = new WeakMap<LevelContent, ReadonlyMap<string, QuestionLevel>>();

/** Programme-level when every question its rules read is; application-level otherwise (and for an unknown id). */
export function riskLevel(questionnaire: LevelContent, riskId: string): QuestionLevel {
  const risk = questionnaire.risks.find((candidate) => candidate.id === riskId);
  if (!risk) return "application";
  const levels = questionLevels(questionnaire);
  const read = risk.rules.flatMap((rule) => referencedQuestions(rule.when));
  return read.length > 0 && read.every((id) => levels.get(id) === "programme") ? "programme" : "application";
}

/** Every action's level, by action id. */
export function actionLevels(questionnaire: LevelContent): ReadonlyMap<string, QuestionLevel> {
  const known = cache.get(questionnaire);
  if (known) return known;
  const risks = new Map(questionnaire.risks.map((risk) => [risk.id, riskLevel(questionnaire, risk.id)]));
  const levels = new Map(
    questionnaire.actions.map((action): [string, QuestionLevel] => {
      if (action.level) return [action.id, action.level];
      const shared =
        action.baseline === true || (action.mitigates.length > 0 && action.mitigates.every((id) => risks.get(id) === "programme"));
      return [action.id, shared ? "programme" : "application"];
    }),
  );
  cache.set(questionnaire, levels);
  return levels;
}

export function actionLevel(questionnaire: LevelContent, actionId: string): QuestionLevel | undefined {
  return actionLevels(questionnaire).get(actionId);
}
