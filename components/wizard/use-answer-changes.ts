"use client";
/**
 * Every change to a question's field, as the question and its answer (undefined when
 * cleared), as it happens: the wizard, a respondent's form and the programme's questions
 * all save an answer the moment it is given.
 */
import { useEffect, useMemo } from "react";
import type { UseFormSubscribe } from "react-hook-form";
import type { AnswerValue, Question } from "@/lib/engine";
import { fieldName } from "../ui/field-names";
import { toAnswer, type StepValues } from "./form-values";

export function useAnswerChanges(
  subscribe: UseFormSubscribe<StepValues>,
  questions: readonly Question[],
  onAnswer: (question: Question, value: AnswerValue | undefined) => void,
): void {
  const byField = useMemo(() => new Map(questions.map((question) => [fieldName(question.id), question])), [questions]);
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values, name }) => {
          const question = name ? byField.get(name) : undefined;
          if (question && name) onAnswer(question, toAnswer(question, values[name]));
        },
      }),
    [subscribe, byField, onAnswer],
  );
}
