"use client";
import { useDeferredValue, useMemo, useState } from "react";
import { assess, type Answers, type Assessment, type AssessmentView, type Questionnaire } from "@/lib/engine";
import { todayHere } from "./today";

/**
 * The assessment's finished view. The answers are deferred: re-evaluating them renders the
 * long results and plan in a background, interruptible pass, so the page stays responsive.
 * Everything else (a plan decision, a note) applies at once, so a control never lags
 * behind the click (the evaluation of unchanged answers is cached, so that is cheap).
 * Risk decisions are judged against today, so an acceptance past its review day is due again.
 */
export function useAssessmentView(questionnaire: Questionnaire, assessment: Assessment): AssessmentView | undefined {
  const answers = useDeferredValue<Answers | undefined>(assessment.answers, undefined);
  // Review dates are judged against the day the page was opened.
  const [today] = useState(todayHere);
  return useMemo(
    () => (answers === undefined ? undefined : assess(questionnaire, { ...assessment, answers }, { today })),
    [questionnaire, assessment, answers, today],
  );
}
