"use client";
/**
 * The programme plan: the programme-level actions once, each with the applications that
 * need it, then each application's own; downloadable as the single plan's files are.
 */
import { useState } from "react";
import {
  exportProgrammeAs,
  type ProgrammeExportInput,
  type ProgrammeExportKind,
  type ProgrammePlan,
  type TrackerOptions,
} from "@/lib/engine";
import { downloadText } from "@/lib/browser/download";
import { IncludeChoice } from "../exports";

const FILES: { kind: ProgrammeExportKind; label: string }[] = [
  { kind: "markdown", label: "Markdown" },
  { kind: "csv", label: "CSV (plan)" },
  { kind: "jira", label: "Jira CSV" },
  { kind: "azure-boards", label: "Azure Boards CSV" },
  { kind: "github", label: "GitHub CLI script" },
];

function ApplicationActions({ application }: { application: ProgrammePlan["applications"][number] }) {
  // Rendered when opened: fifty applications' plans would otherwise all be laid out at once.
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {application.name}: {application.actions.length} {application.actions.length === 1 ? "action" : "actions"} of its own,{" "}
        {application.programmeActions.length} from the programme
      </summary>
      {open ? (
        <ol className="programme-plan__own">
          {application.actions.map((action) => (
            <li key={action.id}>
              {action.title}{" "}
              <span className="hint-inline">
                ({action.phaseTitle}, {action.priorityLabel})
              </span>
            </li>
          ))}
        </ol>
      ) : null}
    </details>
  );
}

export function ProgrammePlanSection({ plan, exportInput }: { plan: ProgrammePlan; exportInput: ProgrammeExportInput }) {
  const [include, setInclude] = useState<TrackerOptions["include"]>("open");
  const [status, setStatus] = useState("");
  const download = async (kind: ProgrammeExportKind, label: string) => {
    const file = await exportProgrammeAs(
      kind,
      exportInput,
      { now: new Date(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone },
      { include },
    );
    downloadText(file.fileName, file.text, file.mimeType);
    setStatus(`${label} downloaded as ${file.fileName}.`);
  };
  return (
    <section aria-labelledby="programme-plan-title" className="results-section">
      <h2 id="programme-plan-title">Programme plan</h2>
      <p className="hint">
        What the organisation does once, for every application that needs it, and then what each application does on its own.
      </p>
      <h3>Done once, for the programme ({plan.programmeActions.length})</h3>
      <ol className="programme-plan">
        {plan.programmeActions.map(({ action, applications }) => (
          <li key={action.id}>
            <strong>{action.title}</strong>{" "}
            <span className="hint-inline">
              ({action.phaseTitle}, {action.priorityLabel})
            </span>
            <br />
            <span className="hint-inline">
              Needed by {applications.length === 1 ? "1 application" : `${applications.length} applications`}:{" "}
              {applications.map((need) => `${need.name} (${need.priorityLabel})`).join(", ")}
            </span>
          </li>
        ))}
      </ol>
      <h3>Each application’s own</h3>
      {plan.applications.map((application) => (
        <ApplicationActions key={application.assessmentId} application={application} />
      ))}
      <h3>Download the programme plan</h3>
      <IncludeChoice value={include} onChange={setInclude} legend="Which actions, for the trackers" />
      <div className="button-group">
        {FILES.map(({ kind, label }) => (
          <button key={kind} type="button" className="button button--secondary" onClick={() => void download(kind, label)}>
            Download {label}
            <span className="visually-hidden"> of the programme plan</span>
          </button>
        ))}
      </div>
      <p role="status">{status}</p>
    </section>
  );
}
