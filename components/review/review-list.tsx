"use client";
/**
 * Check your answers: every shown question grouped by area, its answer or "Not answered",
 * and a Change link that returns here after Continue. Answers to hidden questions are
 * neither shown nor counted.
 */
import Link from "next/link";
import { useMemo } from "react";
import { answerLabels, areaProgress, NOT_ANSWERED, questionLogic, resolveVisibility, type Area, type Question } from "@/lib/engine";
import { selectHydrated, selectOpenAssessment } from "@/lib/state/selectors";
import { useAssessmentStore } from "@/lib/state/store-provider";
import { questionDomId } from "../wizard/field-names";
import { changeHref } from "../wizard/return-target";
import { ReviewArea } from "./review-area";

interface ReviewListProps {
  areas: readonly Pick<Area, "id" | "title">[];
  questions: readonly Question[];
}

export function ReviewList({ areas, questions }: ReviewListProps) {
  const hydrated = useAssessmentStore(selectHydrated);
  const assessment = useAssessmentStore(selectOpenAssessment);
  const logic = useMemo(() => questionLogic(questions), [questions]);
  const answers = useMemo(() => assessment?.answers ?? {}, [assessment]);
  const visibility = useMemo(() => resolveVisibility({ questions: logic }, answers), [logic, answers]);
  const progress = useMemo(() => areaProgress({ questions: logic, areas }, visibility), [logic, areas, visibility]);

  if (!hydrated) return <div className="step-placeholder" aria-busy="true" />;
  if (!assessment) {
    return (
      <div className="notice">
        <h2>There are no answers to check yet</h2>
        <Link className="button" href="/">
          Start an assessment
        </Link>
      </div>
    );
  }

  const shown = new Set(visibility.visible);
  const incomplete = progress.filter((area) => area.status !== "completed");
  return (
    <>
      <p>
        Assessment: <strong>{assessment.name}</strong>
      </p>
      {areas.map((area, index) => (
        <ReviewArea
          key={area.id}
          number={index + 1}
          area={area}
          status={progress.find((entry) => entry.area === area.id)?.status ?? "not-started"}
          rows={questions
            .filter((question) => question.area === area.id && shown.has(question.id))
            .map((question) => {
              const labels = answerLabels(question, visibility.effective[question.id]);
              return {
                id: question.id,
                prompt: question.prompt,
                answer: labels.length > 0 ? labels : [NOT_ANSWERED],
                answered: labels.length > 0,
                changeHref: changeHref(area.id, questionDomId(question.id), "review"),
              };
            })}
        />
      ))}
      <h2>Now see your results</h2>
      {incomplete.length > 0 ? (
        <p className="inset">
          {incomplete.length === 1 ? "1 area is" : `${incomplete.length} areas are`} not complete. You can still see
          results; unanswered questions are treated as unknowns, not as a clean bill of health.
        </p>
      ) : null}
      <div className="button-group">
        <Link className="button" href="/results">
          See results
        </Link>
      </div>
    </>
  );
}
