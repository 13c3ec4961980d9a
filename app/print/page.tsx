import type { Metadata } from "next";
import { PrintView } from "@/components/print/print-view";
import { ContentPreload } from "@/components/ui/content-preload";
import { CURRENT_CODEBOOK_INDEX } from "@/content/link-codebooks";

export const metadata: Metadata = { title: "Print or save as PDF" };

export default function PrintPage() {
  return (
    <>
      <ContentPreload files={["questionnaire"]} />
      <PrintView codebookIndex={CURRENT_CODEBOOK_INDEX} />
    </>
  );
}
