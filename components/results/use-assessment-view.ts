"use client";
import { useDeferredValue, useMemo } from "react";
import { assess, type Assessment, type AssessmentView, type Questionnaire } from "@/lib/engine";

/**
 * The assessment's finished view, rebuilt only when the assessment changes. Deferred: the
 * long results and plan render in a background, interruptible pass, so the page stays
 * responsive instead of blocking on one long task.
 */
export function useAssessmentView(questionnaire: Questionnaire, assessment: Assessment): AssessmentView | undefined {
  const view = useMemo(() => assess(questionnaire, assessment), [questionnaire, assessment]);
  return useDeferredValue<AssessmentView | undefined>(view, undefined);
}
