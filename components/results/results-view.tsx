"use client";
/** The team's own results: the open assessment's finished view, with exports. */
import { AppLink } from "../ui/app-link";
import type { Assessment, Questionnaire } from "@/lib/engine";
import { ExportBar } from "../exports";
import { ContentGate } from "../ui/content-gate";
import { OpenAssessmentGate, Placeholder } from "../ui/open-assessment";
import { ResultsBody } from "./results-body";
import { useAssessmentView } from "../ui/use-assessment-view";
import { useRiskDecisions } from "./use-risk-decisions";

interface ResultsViewProps {
  questionnaire: Questionnaire;
  codebookIndex: number;
}

function Results({ questionnaire, codebookIndex, assessment }: ResultsViewProps & { assessment: Assessment }) {
  const view = useAssessmentView(questionnaire, assessment);
  const decisionActions = useRiskDecisions(view);
  if (!view) return <Placeholder />;
  if (view.empty) {
    return (
      <div className="notice">
        <h2>There is nothing to assess yet</h2>
        <p>
          You have not answered any questions for <strong>{assessment.name}</strong>. Answer at least one area and the risks your answers
          raise will appear here, placed on a risk matrix and explained.
        </p>
        <AppLink className="button" href={`/assess/${view.areas[0]?.id ?? ""}`}>
          Answer the first area
        </AppLink>
      </div>
    );
  }
  return (
    <ResultsBody
      view={view}
      decisionActions={decisionActions}
      afterSummary={<ExportBar questionnaire={questionnaire} assessment={assessment} view={view} codebookIndex={codebookIndex} />}
    />
  );
}

export function ResultsView({ codebookIndex }: Pick<ResultsViewProps, "codebookIndex">) {
  return (
    <OpenAssessmentGate what="results">
      {(assessment) => (
        <ContentGate file="questionnaire">
          {(questionnaire) => <Results questionnaire={questionnaire} codebookIndex={codebookIndex} assessment={assessment} />}
        </ContentGate>
      )}
    </OpenAssessmentGate>
  );
}
