"use client";
/**
 * One area's questions as a react-hook-form form. Every change is saved to the store at
 * once (nothing is lost on reload), visibility follows the saved answers, and Continue
 * asks the engine which shown questions still need an answer: the form holds the inputs,
 * the saved answers are the one source of truth.
 */
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useState, type FormEvent } from "react";
import { useForm } from "react-hook-form";
import {
  answerOf,
  areaProblems,
  resolveVisibility,
  type AnswerValue,
  type Area,
  type Assessment,
  type Question,
  type QuestionLogic,
} from "@/lib/engine";
import { sameAnswer } from "@/lib/state/merge-answer";
import { selectOpenUnsaved } from "@/lib/state/selectors";
import { useAssessmentStore } from "@/lib/state/use-assessment-store";
import { ErrorSummary, type FieldError } from "../ui/error-summary";
import { useErrorTitle } from "../ui/use-error-title";
import { fieldName, firstInputId } from "../ui/field-names";
import { stepValues, toAnswer, toFormValue, type StepValues } from "./form-values";
import { QuestionField } from "./question-field";
import { useAnswerChanges } from "./use-answer-changes";
import { useInheritanceNotes } from "./use-inheritance-notes";
import { returnHref } from "../ui/return-target";
import { SavedHint } from "./saved-hint";
import { problemMessage } from "./step-messages";

interface AreaStepFormProps {
  area: Pick<Area, "id" | "title" | "level">;
  assessment: Assessment;
  questions: readonly Question[];
  logic: readonly QuestionLogic[];
  nextHref: string;
}

export function AreaStepForm({ area, assessment, questions, logic, nextHref }: AreaStepFormProps) {
  const inheritance = useInheritanceNotes(area, questions, assessment);
  const setAnswer = useAssessmentStore((state) => state.setAnswer);
  const unsaved = useAssessmentStore(selectOpenUnsaved);
  const router = useRouter();
  const [attempt, setAttempt] = useState(0);
  // The questions that had a problem at the last Continue: fixing one clears it at once, but a
  // follow-up revealed since is asked for only at the next Continue (no surprise errors).
  const [flagged, setFlagged] = useState<ReadonlySet<string>>(new Set());

  const visible = useMemo(() => new Set(resolveVisibility({ questions: logic }, assessment.answers).visible), [logic, assessment.answers]);
  const problems = useMemo(() => areaProblems(questions, logic, assessment.answers), [questions, logic, assessment.answers]);

  const { register, subscribe, getValues, setValue } = useForm<StepValues>({
    defaultValues: stepValues(questions, assessment.answers),
  });

  // Save every change as it happens; the store is the source of truth for visibility and validity.
  const saveAnswer = useCallback((question: Question, value: AnswerValue | undefined) => setAnswer(question.id, value), [setAnswer]);
  useAnswerChanges(subscribe, questions, saveAnswer);

  // Follow changes made elsewhere (another tab on the same area, a merge of ticked boxes):
  // a field whose answer differs from what is saved shows what is saved.
  useEffect(() => {
    for (const question of questions) {
      const name = fieldName(question.id);
      const saved = answerOf(assessment.answers, question.id);
      if (!sameAnswer(toAnswer(question, getValues(name)), saved)) setValue(name, toFormValue(question, saved));
    }
  }, [assessment.answers, questions, getValues, setValue]);

  const errors: FieldError[] = problems
    .filter((problem) => flagged.has(problem.question.id))
    .map((problem) => ({ href: firstInputId(problem.question.id), message: problemMessage(problem) }));
  useErrorTitle(errors.length > 0);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (problems.length > 0) {
      setFlagged(new Set(problems.map((problem) => problem.question.id)));
      setAttempt((n) => n + 1);
      return;
    }
    router.push(returnHref(new URLSearchParams(window.location.search).get("return")) ?? nextHref);
  };

  const shown = questions.filter((q) => visible.has(q.id));
  return (
    <form noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={errors} attempt={attempt} />
      {shown.map((question) => (
        <QuestionField
          key={question.id}
          question={question}
          register={register}
          followUp={question.when !== undefined}
          evidence={assessment.evidence?.[question.id]}
          inheritance={inheritance[question.id]?.text}
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
