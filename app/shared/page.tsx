import type { Metadata } from "next";
import { SharedView } from "@/components/shared/shared-view";
import { idHistory } from "@/content/id-history";
import { ContentPreload } from "@/components/ui/content-preload";

export const metadata: Metadata = { title: "Shared results", referrer: "no-referrer" };

export default function SharedPage() {
  return (
    <>
      <ContentPreload files={["questionnaire", "codebooks"]} />
      <h1 id="page-heading" tabIndex={-1}>
        Shared results
      </h1>
      <SharedView history={idHistory} />
    </>
  );
}
