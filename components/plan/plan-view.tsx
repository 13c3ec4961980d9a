"use client";
/** The team's own plan: the open assessment's evaluation, its decisions, and the exports. */
import { useDeferredValue, useMemo } from "react";
import { indexContent } from "@/lib/engine/content-index";
import type { Questionnaire } from "@/lib/engine/questionnaire";
import { selectHydrated, selectOpenAssessment } from "@/lib/state/selectors";
import { useAssessmentStore } from "@/lib/state/store-provider";
import { ExportBar } from "../exports/export-bar";
import { useEvaluation } from "../results/use-evaluation";
import { NoAssessment } from "../ui/no-assessment";
import { PlanBody } from "./plan-body";

export function PlanView({ questionnaire, codebookIndex }: { questionnaire: Questionnaire; codebookIndex: number }) {
  const hydrated = useAssessmentStore(selectHydrated);
  const assessment = useAssessmentStore(selectOpenAssessment);
  const setDecision = useAssessmentStore((state) => state.setDecision);
  // The long results and plan render in a background, interruptible pass once saved answers
  // are read, so the page stays responsive instead of blocking on one long task.
  const evaluation = useDeferredValue(useEvaluation(questionnaire, assessment));
  const index = useMemo(() => indexContent(questionnaire), [questionnaire]);

  if (!hydrated || (assessment && !evaluation)) return <div className="step-placeholder" aria-busy="true" />;
  if (!assessment || !evaluation) return <NoAssessment what="plan" />;
  return (
    <>
      <p>
        The plan for <strong>{assessment.name}</strong>: every action that mitigates a risk your answers raised, what
        those actions need first, and the baseline every adoption needs — in an order where nothing comes before what it
        depends on.
      </p>
      <ExportBar questionnaire={questionnaire} assessment={assessment} evaluation={evaluation} codebookIndex={codebookIndex} />
      <PlanBody
        questionnaire={questionnaire}
        assessment={assessment}
        plan={evaluation.plan}
        index={index}
        onDecision={setDecision}
      />
    </>
  );
}
