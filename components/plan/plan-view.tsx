"use client";
/** The team's own plan: the open assessment's finished view, its decisions, and the exports. */
import type { Assessment, Questionnaire } from "@/lib/engine";
import { useAssessmentStore } from "@/lib/state/use-assessment-store";
import { ExportBar } from "../exports";
import { ContentGate } from "../ui/content-gate";
import { useAssessmentView } from "../ui/use-assessment-view";
import { OpenAssessmentGate, Placeholder } from "../ui/open-assessment";
import { PlanBody } from "./plan-body";

interface PlanViewProps {
  questionnaire: Questionnaire;
  codebookIndex: number;
}

function Plan({ questionnaire, codebookIndex, assessment }: PlanViewProps & { assessment: Assessment }) {
  const view = useAssessmentView(questionnaire, assessment);
  const setDecision = useAssessmentStore((state) => state.setDecision);
  if (!view) return <Placeholder />;
  return (
    <>
      <p className="assessment-context">
        The plan for <strong>{assessment.name}</strong>
      </p>
      <ExportBar questionnaire={questionnaire} assessment={assessment} view={view} codebookIndex={codebookIndex} />
      <PlanBody plan={view.plan} roles={questionnaire.roles} phases={questionnaire.phases} onDecision={setDecision} />
    </>
  );
}

export function PlanView({ codebookIndex }: Pick<PlanViewProps, "codebookIndex">) {
  return (
    <OpenAssessmentGate what="plan">
      {(assessment) => (
        <ContentGate file="questionnaire">
          {(questionnaire) => <Plan questionnaire={questionnaire} codebookIndex={codebookIndex} assessment={assessment} />}
        </ContentGate>
      )}
    </OpenAssessmentGate>
  );
}
