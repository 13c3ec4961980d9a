"use client";
/**
 * "Send the plan to a tracker": import files for Jira, Azure Boards and GitHub, made in the
 * browser with no credentials, each with its one import step beside the button.
 */
import { useId, useState } from "react";
import { exportAs, type AssessmentView, type ExportKind, type TrackerOptions } from "@/lib/engine";
import { downloadText } from "@/lib/browser/download";
import { IncludeChoice } from "./include-choice";

const TRACKERS: { kind: ExportKind; label: string; how: string }[] = [
  {
    kind: "jira",
    label: "Jira CSV",
    how: "In Jira, a site admin opens Settings › System › External System Import › CSV, picks the project, maps the columns (Blocks to the “Blocks” link type) and imports: one epic per phase, a task per action under it.",
  },
  {
    kind: "azure-boards",
    label: "Azure Boards CSV",
    how: "In Azure DevOps, open Boards › Queries › Import work items, choose the file, then Save items: a Feature per phase with its User Stories (Agile process).",
  },
  {
    kind: "github",
    label: "GitHub CLI script",
    how: "With the GitHub CLI signed in, run sh on the file with owner/repo: it creates a milestone per phase, labels, and an issue per action, blocked by the ones it depends on.",
  },
];

export function TrackerExports({ view }: { view: AssessmentView }) {
  const id = useId();
  const [include, setInclude] = useState<TrackerOptions["include"]>("open");
  const [status, setStatus] = useState("");
  const download = async (kind: ExportKind, label: string) => {
    const file = await exportAs(kind, view, { now: new Date(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }, { include });
    downloadText(file.fileName, file.text, file.mimeType);
    setStatus(`${label} downloaded as ${file.fileName}.`);
  };
  return (
    <details className="tracker-exports">
      <summary>Send the plan to a tracker (Jira, Azure Boards, GitHub)</summary>
      <IncludeChoice value={include} onChange={setInclude} />
      <ul className="plain-list tracker-list">
        {TRACKERS.map(({ kind, label, how }) => (
          <li key={kind}>
            <button
              type="button"
              className="button button--secondary"
              aria-describedby={`${id}-${kind}`}
              onClick={() => void download(kind, label)}
            >
              Download {label}
            </button>
            <p className="hint" id={`${id}-${kind}`}>
              {how}
            </p>
          </li>
        ))}
      </ul>
      <p className="hint">Made in this browser: nothing is sent to a tracker, or anywhere else.</p>
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </details>
  );
}
