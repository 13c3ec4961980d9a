/** What other features reuse of the wizard: one question's field and the form-value conversions. */
export { QuestionField } from "./question-field";
export { stepValues, toAnswer, toFormValue, type StepValues } from "./form-values";
export { useAnswerChanges } from "./use-answer-changes";
