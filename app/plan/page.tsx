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
      <p className="lead">
        Every action that mitigates a risk your answers raised, what those actions need first, and the baseline every adoption needs — in an
        order where nothing comes before what it depends on.
      </p>
      <PlanView codebookIndex={CURRENT_CODEBOOK_INDEX} />
    </>
  );
}
