/**
 * Converting between stored answers and what HTML inputs hold: radios and text hold
 * strings, checkboxes a list of strings, and a scale point is stored as a number.
 */
import { isAnswered, type Answers, type AnswerValue, type Question } from "@/lib/engine";
import { fieldName } from "../ui/field-names";

export type FormValue = string | string[];
export type StepValues = Record<string, FormValue>;

export function toFormValue(question: Question, answer: AnswerValue | undefined): FormValue {
  if (question.kind === "multi") return Array.isArray(answer) ? answer : [];
  if (answer === undefined || Array.isArray(answer)) return "";
  return String(answer);
}

export function toAnswer(question: Question, value: FormValue | undefined): AnswerValue | undefined {
  if (question.kind === "multi") return Array.isArray(value) && value.length > 0 ? value : undefined;
  if (typeof value !== "string" || !isAnswered(value)) return undefined;
  if (question.kind === "scale") {
    const point = Number(value);
    return Number.isInteger(point) ? point : undefined;
  }
  return value;
}

export function stepValues(questions: readonly Question[], answers: Answers): StepValues {
  return Object.fromEntries(questions.map((question) => [fieldName(question.id), toFormValue(question, answers[question.id])]));
}
