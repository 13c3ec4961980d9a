"use client";
/**
 * The print view of the open assessment. With ?print=1 (the "Print / Save as PDF"
 * buttons) it opens the browser's print dialog as soon as the document is on screen.
 */
import { AppLink } from "../ui/app-link";
import { useEffect, useState } from "react";
import type { Assessment, Questionnaire } from "@/lib/engine";
import { useAssessmentView } from "../ui/use-assessment-view";
import { OpenAssessmentGate, Placeholder } from "../ui/open-assessment";
import { PrintDocument } from "./print-document";
import { ContentGate } from "../ui/content-gate";
import { useReopenLink } from "./reopen-code";

function PrintReport({
  questionnaire,
  assessment,
  codebookIndex,
}: {
  questionnaire: Questionnaire;
  assessment: Assessment;
  codebookIndex: number;
}) {
  const view = useAssessmentView(questionnaire, assessment);
  const [now] = useState(() => new Date());
  const reopen = useReopenLink(questionnaire, assessment, codebookIndex);

  useEffect(() => {
    // The dialog waits for the cover's link and code, so the paper carries them.
    if (!view || reopen.state === "making") return;
    const url = new URL(window.location.href);
    if (url.searchParams.get("print") !== "1") return;
    url.searchParams.delete("print");
    window.history.replaceState(null, "", url);
    window.print();
  }, [view, reopen.state]);

  if (!view) return <Placeholder />;
  return (
    <>
      <div className="print-toolbar screen-only">
        <AppLink className="back-link" href="/plan">
          Back to the plan
        </AppLink>
        <button type="button" className="button" onClick={() => window.print()}>
          Print / Save as PDF
        </button>
      </div>
      <PrintDocument doc={view} printedAt={now} reopen={reopen.state === "ready" ? reopen.link : undefined} />
    </>
  );
}

export function PrintView({ codebookIndex }: { codebookIndex: number }) {
  return (
    <OpenAssessmentGate
      what="printable report"
      fallbackHeading={
        <h1 id="page-heading" tabIndex={-1}>
          Printable report
        </h1>
      }
    >
      {(assessment) => (
        <ContentGate file="questionnaire">
          {(questionnaire) => <PrintReport questionnaire={questionnaire} assessment={assessment} codebookIndex={codebookIndex} />}
        </ContentGate>
      )}
    </OpenAssessmentGate>
  );
}
