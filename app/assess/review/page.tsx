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
      <ContentPreload files={["questionnaire"]} />
      <ReviewList />
    </>
  );
}
