import type { Metadata } from "next";
import { SharedView } from "@/components/shared/shared-view";
import { idHistory } from "@/content/id-history";
import { codebooks } from "@/content/link-codebooks";
import { browserQuestionnaire } from "@/content/browser-questionnaire";

export const metadata: Metadata = { title: "Shared results", referrer: "no-referrer" };

export default function SharedPage() {
  return (
    <>
      <h1 id="page-heading" tabIndex={-1}>
        Shared results
      </h1>
      <SharedView questionnaire={browserQuestionnaire} codebooks={codebooks} history={idHistory} />
    </>
  );
}
