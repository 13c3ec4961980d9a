import type { Metadata } from "next";
import { ResultsView } from "@/components/results/results-view";
import { CURRENT_CODEBOOK_INDEX } from "@/content/link-codebooks";
import { browserQuestionnaire } from "@/content/browser-questionnaire";

export const metadata: Metadata = { title: "Results" };

export default function ResultsPage() {
  return (
    <>
      <h1 id="page-heading" tabIndex={-1}>
        Results
      </h1>
      <ResultsView questionnaire={browserQuestionnaire} codebookIndex={CURRENT_CODEBOOK_INDEX} />
    </>
  );
}
