"use client";
/** The team's own results: the open assessment, evaluated once, with exports. */
import Link from "next/link";
import { useDeferredValue } from "react";
import type { Questionnaire } from "@/lib/engine/questionnaire";
import { selectHydrated, selectOpenAssessment } from "@/lib/state/selectors";
import { useAssessmentStore } from "@/lib/state/store-provider";
import { ExportBar } from "../exports/export-bar";
import { NoAssessment } from "../ui/no-assessment";
import { ResultsBody } from "./results-body";
import { useEvaluation } from "./use-evaluation";

export function ResultsView({ questionnaire, codebookIndex }: { questionnaire: Questionnaire; codebookIndex: number }) {
  const hydrated = useAssessmentStore(selectHydrated);
  const assessment = useAssessmentStore(selectOpenAssessment);
  // The long results and plan render in a background, interruptible pass once saved answers
  // are read, so the page stays responsive instead of blocking on one long task.
  const evaluation = useDeferredValue(useEvaluation(questionnaire, assessment));

  if (!hydrated || (assessment && !evaluation)) return <div className="step-placeholder" aria-busy="true" />;
  if (!assessment || !evaluation) return <NoAssessment what="results" />;
  if (evaluation.results.empty) {
    return (
      <div className="notice">
        <h2>There is nothing to assess yet</h2>
        <p>
          You have not answered any questions for <strong>{assessment.name}</strong>. Answer at least one area and the
          risks your answers raise will appear here, placed on a risk matrix and explained.
        </p>
        <Link className="button" href={`/assess/${questionnaire.areas[0]?.id ?? ""}`}>
          Answer the first area
        </Link>
      </div>
    );
  }
  return (
    <ResultsBody
      questionnaire={questionnaire}
      assessment={assessment}
      evaluation={evaluation}
      afterSummary={<ExportBar questionnaire={questionnaire} assessment={assessment} evaluation={evaluation} codebookIndex={codebookIndex} />}
    />
  );
}
