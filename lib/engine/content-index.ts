/** Lookups by id over a questionnaire, built once and shared by views and exports. */
import type { Action, Area, Phase, Question, Questionnaire, Risk, Role } from "./questionnaire";

export interface ContentIndex {
  area: ReadonlyMap<string, Area>;
  question: ReadonlyMap<string, Question>;
  risk: ReadonlyMap<string, Risk>;
  action: ReadonlyMap<string, Action>;
  phase: ReadonlyMap<string, Phase>;
  role: ReadonlyMap<string, Role>;
}

const byId = <T extends { id: string }>(items: readonly T[]): Map<string, T> => new Map(items.map((item) => [item.id, item]));

export function indexContent(questionnaire: Questionnaire): ContentIndex {
  return {
    area: byId(questionnaire.areas),
    question: byId(questionnaire.questions),
    risk: byId(questionnaire.risks),
    action: byId(questionnaire.actions),
    phase: byId(questionnaire.phases),
    role: byId(questionnaire.roles),
  };
}

/** The title of an id, or the id itself when content no longer has it. */
export function titleOf(map: ReadonlyMap<string, { title: string }>, id: string): string {
  return map.get(id)?.title ?? id;
}
