import type { Metadata } from "next";
import { ResultsView } from "@/components/results/results-view";
import { CURRENT_CODEBOOK_INDEX } from "@/content/link-codebooks";
import { ContentPreload } from "@/components/ui/content-preload";

export const metadata: Metadata = { title: "Results" };

export default function ResultsPage() {
  return (
    <>
      <ContentPreload files={["questionnaire"]} />
      <h1 id="page-heading" tabIndex={-1}>
        Results
      </h1>
      <p className="lead">
        Each risk your answers raise, placed on a matrix by how likely it is and how much it would hurt, explained by the answers behind it,
        with readiness per area and what to do first.
      </p>
      <ResultsView codebookIndex={CURRENT_CODEBOOK_INDEX} />
    </>
  );
}
