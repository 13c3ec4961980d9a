import type { Metadata } from "next";
import { PlanView } from "@/components/plan/plan-view";
import { CURRENT_CODEBOOK_INDEX } from "@/content/link-codebooks";
import { browserQuestionnaire } from "@/content/browser-questionnaire";

export const metadata: Metadata = { title: "Adoption plan" };

export default function PlanPage() {
  return (
    <>
      <h1 id="page-heading" tabIndex={-1}>
        Adoption plan
      </h1>
      <PlanView questionnaire={browserQuestionnaire} codebookIndex={CURRENT_CODEBOOK_INDEX} />
    </>
  );
}
