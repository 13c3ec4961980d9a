import type { Metadata } from "next";
import { PrintView } from "@/components/print/print-view";
import { browserQuestionnaire } from "@/content/browser-questionnaire";

export const metadata: Metadata = { title: "Print or save as PDF" };

export default function PrintPage() {
  return <PrintView questionnaire={browserQuestionnaire} />;
}
