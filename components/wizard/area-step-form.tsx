"use client";
/**
 * One area's questions as a react-hook-form form. Every change is saved to the store at
 * once (nothing is lost on reload), visibility follows the saved answers, and Continue
 * validates only the questions currently shown.
 */
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { answerOf } from "@/lib/engine/answers";
import type { Assessment } from "@/lib/engine/assessment";
import type { Question, QuestionLogic } from "@/lib/engine/questionnaire";
import { resolveVisibility } from "@/lib/engine/visibility";
import { selectOpenAssessment, selectOpenUnsaved } from "@/lib/state/selectors";
import { sameAnswer } from "@/lib/state/merge-answer";
import { useAssessmentStore, useAssessmentStoreApi } from "@/lib/state/store-provider";
import { ErrorSummary, type FieldError } from "../ui/error-summary";
import { useErrorTitle } from "../ui/use-error-title";
import { fieldName, firstInputId } from "./field-names";
import { stepValues, toAnswer, toFormValue, type StepValues } from "./form-values";
import { QuestionField } from "./question-field";
import { returnHref } from "./return-target";
import { SavedHint } from "./saved-hint";
import { stepResolver } from "./step-resolver";

interface AreaStepFormProps {
  assessment: Assessment;
  questions: readonly Question[];
  logic: readonly QuestionLogic[];
  nextHref: string;
}

export function AreaStepForm({ assessment, questions, logic, nextHref }: AreaStepFormProps) {
  const store = useAssessmentStoreApi();
  const setAnswer = useAssessmentStore((state) => state.setAnswer);
  const router = useRouter();
  const [attempt, setAttempt] = useState(0);

  const visible = useMemo(
    () => new Set(resolveVisibility({ questions: logic }, assessment.answers).visible),
    [logic, assessment.answers],
  );
  const byField = useMemo(() => new Map(questions.map((q) => [fieldName(q.id), q])), [questions]);

  // Validation reads the answers as saved at that moment, so it requires exactly what is shown.
  const resolver = useMemo(
    () =>
      stepResolver(() => {
        const answers = selectOpenAssessment(store.getState())?.answers ?? {};
        const shownNow = new Set(resolveVisibility({ questions: logic }, answers).visible);
        return questions.filter((q) => shownNow.has(q.id));
      }),
    [store, logic, questions],
  );

  const { register, handleSubmit, subscribe, formState, getValues, setValue } = useForm<StepValues>({
    defaultValues: stepValues(questions, assessment.answers),
    resolver,
    shouldFocusError: false,
  });
  const unsaved = useAssessmentStore(selectOpenUnsaved);

  // Follow changes made elsewhere (another tab on the same area, a merge of ticked boxes):
  // a field whose answer differs from what is saved shows what is saved.
  useEffect(() => {
    for (const question of questions) {
      const name = fieldName(question.id);
      const shownAnswer = toAnswer(question, getValues(name));
      if (!sameAnswer(shownAnswer, answerOf(assessment.answers, question.id))) {
        setValue(name, toFormValue(question, answerOf(assessment.answers, question.id)));
      }
    }
  }, [assessment.answers, questions, getValues, setValue]);

  // Save every change as it happens; the store is the source of truth for visibility.
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values, name }) => {
          const question = name ? byField.get(name) : undefined;
          if (question && name) setAnswer(question.id, toAnswer(question, values[name]));
        },
      }),
    [subscribe, byField, setAnswer],
  );

  const shown = questions.filter((q) => visible.has(q.id));
  const errors: FieldError[] = shown.flatMap((question) => {
    const message = formState.errors[fieldName(question.id)]?.message;
    return typeof message === "string" ? [{ href: firstInputId(question.id), message }] : [];
  });
  useErrorTitle(errors.length > 0);

  const onValid = () => {
    router.push(returnHref(new URLSearchParams(window.location.search).get("return")) ?? nextHref);
  };

  return (
    <form noValidate onSubmit={handleSubmit(onValid, () => setAttempt((n) => n + 1))}>
      <ErrorSummary errors={errors} attempt={attempt} />
      {shown.map((question) => (
        <QuestionField
          key={question.id}
          question={question}
          register={register}
          followUp={question.when !== undefined}
          error={errors.find((error) => error.href === firstInputId(question.id))?.message}
        />
      ))}
      <div className="button-group">
        <button type="submit" className="button">
          Continue
        </button>
        <SavedHint unsaved={unsaved} />
      </div>
    </form>
  );
}
