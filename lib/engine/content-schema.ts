/**
 * What content (the questionnaire as data) may use of the engine: the schemas that check
 * it, the types it is written in, and the condition builder. Content imports this and
 * nothing else of the engine (ESLint enforces it), so content stays data.
 */
export type { Answers, AnswerValue } from "./answers";
export { when, type Condition } from "./condition";
export { questionnaireSchema } from "./questionnaire";
export type { Action, Area, Phase, QuestionContent as Question, QuestionnaireContent as Questionnaire, Risk, Role } from "./questionnaire";
export type { Codebook } from "./share/codebook";
export { codebookSchema } from "./share/codebook-schema";
export type { IdHistory } from "./share/id-history";
export { idHistorySchema } from "./share/id-history-schema";
export { facts, type EvidenceRule, type FactCondition } from "./evidence/evidence-rule";
export { FACT_VALUES, type FactId } from "./evidence/facts";
