"use client";
/**
 * The working part of an area step: waits for saved answers, then shows how far this
 * area has got and its form. Without an open assessment it says how to start one.
 */
import Link from "next/link";
import { useMemo } from "react";
import { progressOf, type Question, type QuestionLogic } from "@/lib/engine";
import { selectHydrated, selectOpenAssessment } from "@/lib/state/selectors";
import { useAssessmentStore } from "@/lib/state/store-provider";
import { AssessmentContext } from "../ui/assessment-context";
import { AreaStepForm } from "./area-step-form";
import { useStepFocus } from "./use-step-focus";

interface AreaStepProps {
  areaId: string;
  headingId: string;
  questions: readonly Question[];
  logic: readonly QuestionLogic[];
  nextHref: string;
}

export function AreaStep({ areaId, headingId, questions, logic, nextHref }: AreaStepProps) {
  const hydrated = useAssessmentStore(selectHydrated);
  const assessment = useAssessmentStore(selectOpenAssessment);
  const removedElsewhere = useAssessmentStore((state) => state.removedElsewhere);
  useStepFocus(headingId, hydrated);
  const progress = useMemo(
    () => (assessment ? progressOf({ questions: logic, areas: [{ id: areaId }] }, assessment.answers)[0] : undefined),
    [assessment, logic, areaId],
  );

  if (!hydrated) return <div className="step-placeholder" aria-busy="true" />;
  if (!assessment || !progress) {
    return (
      <div className="notice">
        <h2>You have not started an assessment</h2>
        {removedElsewhere !== null ? <p>“{removedElsewhere}” was deleted in another tab.</p> : null}
        <p>Give the assessment a name first, so your answers are saved under it.</p>
        <Link className="button" href="/">
          Start an assessment
        </Link>
      </div>
    );
  }
  return (
    <>
      <AssessmentContext name={assessment.name} />
      <p className="step-progress" aria-live="polite">
        {progress.answered} of {progress.shown} questions answered in this area
        {progress.shown > progress.requiredShown ? ` (${progress.shown - progress.requiredShown} optional)` : ""}
      </p>
      <AreaStepForm
        key={`${assessment.id}:${areaId}`}
        assessment={assessment}
        questions={questions}
        logic={logic}
        nextHref={nextHref}
      />
    </>
  );
}
