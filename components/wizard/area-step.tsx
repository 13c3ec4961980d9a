"use client";
/**
 * The working part of an area step: waits for saved answers, then shows which assessment
 * it is, how far this area has got, and its form. Without an open assessment it says how
 * to start one.
 */
import { useMemo } from "react";
import { progressOf, type Area, type Assessment, type Question, type QuestionLogic } from "@/lib/engine";
import { AssessmentContext } from "../ui/assessment-context";
import { OpenAssessmentGate, useStoreReady } from "../ui/open-assessment";
import { AreaStepForm } from "./area-step-form";
import { useStepFocus } from "./use-step-focus";

interface AreaStepProps {
  area: Pick<Area, "id" | "title" | "level">;
  headingId: string;
  questions: readonly Question[];
  logic: readonly QuestionLogic[];
  nextHref: string;
}

function Step({ area, questions, logic, nextHref, assessment }: Omit<AreaStepProps, "headingId"> & { assessment: Assessment }) {
  // Counted over every question's logic: a follow-up here may depend on another area's answer.
  const progress = useMemo(() => progressOf({ questions: logic, areas: [area] }, assessment.answers)[0], [logic, area, assessment.answers]);
  const counts = { shown: progress?.shown ?? 0, answered: progress?.answered ?? 0, required: progress?.requiredShown ?? 0 };
  return (
    <>
      <AssessmentContext name={assessment.name} />
      <p className="step-progress" aria-live="polite">
        {counts.answered} of {counts.shown} questions answered in this area
        {counts.shown > counts.required ? ` (${counts.shown - counts.required} optional)` : ""}
      </p>
      <AreaStepForm
        key={`${assessment.id}:${area.id}`}
        area={area}
        assessment={assessment}
        questions={questions}
        logic={logic}
        nextHref={nextHref}
      />
    </>
  );
}

export function AreaStep({ headingId, ...props }: AreaStepProps) {
  // Urgent: a step's questions are its largest text, so they paint as soon as answers are read.
  const hydrated = useStoreReady(true);
  useStepFocus(headingId, hydrated);
  return (
    <OpenAssessmentGate what="questions" urgent>
      {(assessment) => <Step {...props} assessment={assessment} />}
    </OpenAssessmentGate>
  );
}
