import type { Metadata } from "next";
import { SharedView } from "@/components/shared/shared-view";
import { idHistory } from "@/content/id-history";
import { codebooks } from "@/content/link-codebooks";
import { leanQuestionnaire } from "@/components/lean-questionnaire";

export const metadata: Metadata = { title: "Shared results", referrer: "no-referrer" };

export default function SharedPage() {
  return (
    <>
      <h1 id="page-heading" tabIndex={-1}>
        Shared results
      </h1>
      <SharedView questionnaire={leanQuestionnaire} codebooks={codebooks} history={idHistory} />
    </>
  );
}
