"use client";
import { useDeferredValue, useMemo } from "react";
import { assess, type Answers, type Assessment, type AssessmentView, type Questionnaire } from "@/lib/engine";

/**
 * The assessment's finished view. The answers are deferred: re-evaluating them renders the
 * long results and plan in a background, interruptible pass, so the page stays responsive.
 * Everything else (a plan decision, a note) applies at once, so a control never lags
 * behind the click (the evaluation of unchanged answers is cached, so that is cheap).
 */
export function useAssessmentView(questionnaire: Questionnaire, assessment: Assessment): AssessmentView | undefined {
  const answers = useDeferredValue<Answers | undefined>(assessment.answers, undefined);
  return useMemo(
    () => (answers === undefined ? undefined : assess(questionnaire, { ...assessment, answers })),
    [questionnaire, assessment, answers],
  );
}
