/**
 * Question ids contain dots ("storage.stateful"), which react-hook-form would read as
 * nested paths, and which make awkward DOM ids. Ids never contain "__" or "--" (the id
 * pattern allows one separator at a time), so both mappings are reversible.
 */
export const fieldName = (questionId: string): string => questionId.replaceAll(".", "__");
export const questionDomId = (questionId: string): string => `q-${questionId.replaceAll(".", "--")}`;
/** The element an error link or a Change link moves focus to: the question's first input. */
export const firstInputId = (questionId: string): string => `${questionDomId(questionId)}-0`;
