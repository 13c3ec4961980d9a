import type { Metadata } from "next";
import { ReviewList } from "@/components/review/review-list";
import { ContentPreload } from "@/components/ui/content-preload";

export const metadata: Metadata = { title: "Check your answers" };

export default function ReviewPage() {
  return (
    <>
      <h1 id="page-heading" tabIndex={-1}>
        Check your answers
      </h1>
      <p className="lead">
        Every question you were shown, area by area, with your answer. Change any of them and you come back here; answers to questions that
        no longer apply are neither shown nor counted.
      </p>
      <ContentPreload files={["questionnaire"]} />
      <ReviewList />
    </>
  );
}
