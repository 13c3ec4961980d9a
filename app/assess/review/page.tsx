import type { Metadata } from "next";
import { ReviewList } from "@/components/review/review-list";
import { questionnaire } from "@/content/questionnaire";

export const metadata: Metadata = { title: "Check your answers" };

export default function ReviewPage() {
  return (
    <>
      <h1 id="page-heading" tabIndex={-1}>
        Check your answers
      </h1>
      <ReviewList
        areas={questionnaire.areas.map(({ id, title, shortTitle }) => ({ id, title, ...(shortTitle ? { shortTitle } : {}) }))}
        questions={questionnaire.questions}
      />
    </>
  );
}
