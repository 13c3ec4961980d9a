import type { Metadata } from "next";
import { PlanView } from "@/components/plan/plan-view";
import { CURRENT_CODEBOOK_INDEX } from "@/content/link-codebooks";
import { ContentPreload } from "@/components/ui/content-preload";

export const metadata: Metadata = { title: "Adoption plan" };

export default function PlanPage() {
  return (
    <>
      <ContentPreload files={["questionnaire"]} />
      <h1 id="page-heading" tabIndex={-1}>
        Adoption plan
      </h1>
      <PlanView codebookIndex={CURRENT_CODEBOOK_INDEX} />
    </>
  );
}
