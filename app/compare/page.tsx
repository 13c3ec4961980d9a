import type { Metadata } from "next";
import { CompareView } from "@/components/compare/compare-view";
import { idHistory } from "@/content/id-history";
import { ContentPreload } from "@/components/ui/content-preload";

export const metadata: Metadata = { title: "Compare assessments" };

export default function ComparePage() {
  return (
    <>
      <ContentPreload files={["questionnaire", "codebooks"]} />
      <h1 id="page-heading" tabIndex={-1}>
        Compare assessments
      </h1>
      <p className="lead screen-only">
        See what changed between two assessments — for example the same service before and after a quarter’s work: risks resolved, new
        risks, bands that moved, readiness per area, and the answers that differ.
      </p>
      <CompareView history={idHistory} />
    </>
  );
}
