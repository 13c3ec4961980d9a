"use client";
/**
 * The print view of the open assessment. With ?print=1 (the "Print / Save as PDF"
 * buttons) it opens the browser's print dialog as soon as the document is on screen.
 */
import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import { buildExportDocument } from "@/lib/engine/exports/export-document";
import type { Questionnaire } from "@/lib/engine/questionnaire";
import { selectHydrated, selectOpenAssessment } from "@/lib/state/selectors";
import { useAssessmentStore } from "@/lib/state/store-provider";
import { useEvaluation } from "../results/use-evaluation";
import { NoAssessment } from "../ui/no-assessment";
import { PrintDocument } from "./print-document";

export function PrintView({ questionnaire }: { questionnaire: Questionnaire }) {
  const hydrated = useAssessmentStore(selectHydrated);
  const assessment = useAssessmentStore(selectOpenAssessment);
  const evaluation = useEvaluation(questionnaire, assessment);
  const [now] = useState(() => new Date());
  const doc = useMemo(
    () => (assessment && evaluation ? buildExportDocument(questionnaire, assessment, evaluation, now) : undefined),
    [questionnaire, assessment, evaluation, now],
  );

  useEffect(() => {
    if (!doc) return;
    const url = new URL(window.location.href);
    if (url.searchParams.get("print") !== "1") return;
    url.searchParams.delete("print");
    window.history.replaceState(null, "", url);
    window.print();
  }, [doc]);

  if (!hydrated || !doc) {
    return (
      <>
        <h1 id="page-heading" tabIndex={-1}>
          Printable report
        </h1>
        {hydrated ? <NoAssessment what="printable report" /> : <div className="step-placeholder" aria-busy="true" />}
      </>
    );
  }
  return (
    <>
      <div className="print-toolbar screen-only">
        <Link className="back-link" href="/plan">
          Back to the plan
        </Link>
        <button type="button" className="button" onClick={() => window.print()}>
          Print / Save as PDF
        </button>
      </div>
      <PrintDocument doc={doc} />
    </>
  );
}
