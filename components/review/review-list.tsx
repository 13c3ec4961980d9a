"use client";
/**
 * Check your answers: every shown question grouped by area, its answer or "Not answered",
 * and a Change link that returns here after Continue. Answers to hidden questions are
 * neither shown nor counted.
 */
import { AppLink } from "../ui/app-link";
import { useMemo } from "react";
import { assessAreas, NOT_ANSWERED, type Area, type Assessment, type Question } from "@/lib/engine";
import { AssessmentContext } from "../ui/assessment-context";
import { ContentGate } from "../ui/content-gate";
import { OpenAssessmentGate } from "../ui/open-assessment";
import { useProgressiveCount } from "../ui/use-progressive-count";
import { questionDomId } from "../ui/field-names";
import { changeHref } from "../ui/return-target";
import { ReviewArea } from "./review-area";

interface ReviewListProps {
  areas: readonly Pick<Area, "id" | "title" | "shortTitle">[];
  questions: readonly Question[];
}

function Review({ areas, questions, assessment }: ReviewListProps & { assessment: Assessment }) {
  const views = useMemo(
    () => assessAreas({ areas, questions }, assessment.answers, assessment.evidence),
    [areas, questions, assessment.answers, assessment.evidence],
  );
  const incomplete = views.filter((area) => area.status !== "completed");
  // A few areas per task, so a phone's main thread is never blocked by all of them at once; the
  // space below is held meanwhile (the footer stays put), and what follows the list comes last.
  const rendered = useProgressiveCount(views.length, { step: 2, fragmentPrefix: "review-" });
  const filling = rendered < views.length;
  return (
    <>
      <AssessmentContext name={assessment.name} />
      <div className={filling ? "review-areas review-areas--filling" : "review-areas"}>
        {views.slice(0, rendered).map((area, index) => (
          <ReviewArea
            key={area.id}
            number={index + 1}
            area={area}
            status={area.status}
            rows={area.questions.map(({ question, answerLabels, answered, evidence }) => ({
              id: question.id,
              prompt: question.prompt,
              answer: answered ? answerLabels : [NOT_ANSWERED],
              answered,
              evidence,
              changeHref: changeHref(area.id, questionDomId(question.id), "review"),
            }))}
          />
        ))}
      </div>
      {filling ? null : (
        <>
          <h2>Now see your results</h2>
          {incomplete.length > 0 ? (
            <p className="inset">
              {incomplete.length === 1 ? "1 area is" : `${incomplete.length} areas are`} not complete. You can still see results; unanswered
              questions are treated as unknowns, not as a clean bill of health.
            </p>
          ) : null}
          <div className="button-group">
            <AppLink className="button" href="/results">
              See results
            </AppLink>
          </div>
        </>
      )}
    </>
  );
}

export function ReviewList() {
  return (
    <OpenAssessmentGate what="answers to check">
      {(assessment) => (
        <ContentGate file="questionnaire">
          {({ areas, questions }) => <Review areas={areas} questions={questions} assessment={assessment} />}
        </ContentGate>
      )}
    </OpenAssessmentGate>
  );
}
