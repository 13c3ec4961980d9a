"use client";
/**
 * Sharing and exports for the results and the plan. The export and link code is loaded
 * only when a button is pressed, so pages do not carry it.
 */
import { AppLink } from "../ui/app-link";
import { useState } from "react";
import { exportAs, type Assessment, type AssessmentView, type ExportKind, type Questionnaire } from "@/lib/engine";
import { downloadText } from "@/lib/browser/download";
import { CopyLink } from "./copy-link";
import { TrackerExports } from "./tracker-exports";

const KINDS: { kind: ExportKind; label: string }[] = [
  { kind: "markdown", label: "Markdown" },
  { kind: "csv", label: "CSV (plan)" },
  { kind: "json", label: "JSON" },
];

interface ExportBarProps {
  questionnaire: Questionnaire;
  assessment: Assessment;
  view: AssessmentView;
  codebookIndex: number;
}

export function ExportBar({ questionnaire, assessment, view, codebookIndex }: ExportBarProps) {
  const [status, setStatus] = useState("");

  const download = async (kind: ExportKind, label: string) => {
    // The user's own zone, so an export just after local midnight is dated today, not yesterday.
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const file = await exportAs(kind, view, { now: new Date(), timeZone });
    downloadText(file.fileName, file.text, file.mimeType);
    setStatus(`${label} export downloaded as ${file.fileName}.`);
  };

  return (
    <section className="export-bar" aria-labelledby="export-title">
      <h2 id="export-title" className="export-bar__title">
        Share and export
      </h2>
      <div className="button-group">
        <CopyLink questionnaire={questionnaire} assessment={assessment} codebookIndex={codebookIndex} />
        <AppLink className="button button--secondary" href="/print?print=1">
          Print / Save as PDF
        </AppLink>
        {KINDS.map(({ kind, label }) => (
          <button key={kind} type="button" className="button button--secondary" onClick={() => void download(kind, label)}>
            Download {label}
          </button>
        ))}
      </div>
      <TrackerExports view={view} />
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </section>
  );
}
