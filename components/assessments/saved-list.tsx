"use client";
/**
 * Every assessment kept in this browser, most recently changed first: open, rename,
 * duplicate, delete, or start a new one.
 */
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { evaluateAssessment, newestFirst, type Assessment, type Questionnaire } from "@/lib/engine";
import { useAssessmentActions, useAssessmentStore } from "@/lib/state/use-assessment-store";
import { AssessmentRow, type RowSummary } from "./assessment-row";
import { useProgressiveCount } from "../ui/use-progressive-count";

/** Each saved version of an assessment (records are replaced, never changed) is evaluated once. */
const summaries = new WeakMap<Assessment, { questionnaire: Questionnaire; summary: RowSummary }>();

/** A row's figures. */
function summaryOf(questionnaire: Questionnaire, assessment: Assessment): RowSummary {
  const cached = summaries.get(assessment);
  if (cached?.questionnaire === questionnaire) return cached.summary;
  const results = evaluateAssessment(questionnaire, assessment.answers);
  const summary: RowSummary = {
    completedAreas: results.progress.filter((p) => p.status === "completed").length,
    totalAreas: questionnaire.areas.length,
    highestBand: results.empty ? null : (results.risks[0]?.band ?? null),
    answered: Object.keys(results.visibility.effective).length,
  };
  summaries.set(assessment, { questionnaire, summary });
  return summary;
}

export function SavedList({ questionnaire }: { questionnaire: Questionnaire }) {
  const assessments = useAssessmentStore((state) => state.assessments);
  const openId = useAssessmentStore((state) => state.openId);
  const { open, updateMeta, duplicate, remove, close } = useAssessmentActions();
  const router = useRouter();

  const sorted = useMemo(() => Object.values(assessments).sort(newestFirst), [assessments]);
  // Each row's figures evaluate its assessment: a few per task, so ten saved never block the
  // page. Every row is there at once (the page below does not move); the figures follow.
  const counted = useProgressiveCount(sorted.length, { step: 2 });
  const rows = sorted.map((assessment, index) => ({
    assessment,
    summary: index < counted ? summaryOf(questionnaire, assessment) : undefined,
  }));

  return (
    <section aria-labelledby="saved-title">
      <h2 id="saved-title">Saved in this browser ({sorted.length})</h2>
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            close();
            router.push("/");
          }}
        >
          Start a new assessment
        </button>
      </div>
      {sorted.length === 0 ? (
        <p>There are no assessments saved in this browser yet.</p>
      ) : (
        <ul className="saved-list">
          {rows.map(({ assessment, summary }) => (
            <AssessmentRow
              key={assessment.id}
              assessment={assessment}
              summary={summary}
              isOpen={assessment.id === openId}
              onOpen={() => {
                open(assessment.id);
                router.push("/");
              }}
              onRename={(name) => updateMeta(assessment.id, { name, assessor: assessment.assessor })}
              onDuplicate={() => duplicate(assessment.id)}
              onDelete={() => remove(assessment.id)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
