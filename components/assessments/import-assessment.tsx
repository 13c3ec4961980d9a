"use client";
/**
 * Import a JSON export, by file picker or by dropping the file here. The file is checked
 * against the export format (a file too large to be an export is refused before it is
 * read); problems are listed in plain words and tied to the file field; a valid file
 * becomes a new saved assessment (it never replaces one). A file that matches an
 * assessment already saved asks first: open that one, or import a copy anyway.
 */
import { useFileDrop } from "../ui/use-file-drop";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import {
  admitFile,
  findDuplicate,
  MAX_IMPORT_BYTES,
  type Assessment,
  type IdHistory,
  type Questionnaire,
  type SharedAssessment,
} from "@/lib/engine";
import { useAssessmentActions, useAssessmentStore } from "@/lib/state/use-assessment-store";
import { DuplicateQuestion } from "./duplicate-question";

type Outcome =
  | { kind: "imported"; name: string; unmapped: string[]; copy: boolean; upgradedFrom: string | undefined }
  | { kind: "failed"; fileName: string; errors: string[] }
  | {
      kind: "duplicate";
      fileName: string;
      existing: Assessment;
      pending: SharedAssessment;
      unmapped: string[];
      upgradedFrom: string | undefined;
    }
  | { kind: "cancelled"; fileName: string };

/** What the file field is described by when the file was refused: the title and the problems. */
const ERROR_IDS = "import-error-title import-error-list";

const megabytes = (bytes: number): string => `${Number((bytes / 1_000_000).toFixed(1))} MB`;

export function ImportAssessment({ questionnaire, history }: { questionnaire: Questionnaire; history: IdHistory }) {
  const { add, open } = useAssessmentActions();
  const assessments = useAssessmentStore((state) => state.assessments);
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome>();
  const message = useRef<HTMLDivElement>(null);

  // After an answer to the duplicate question its buttons are gone: focus goes to what happened.
  const answered = outcome?.kind === "cancelled" || (outcome?.kind === "imported" && outcome.copy);
  useEffect(() => {
    if (answered) message.current?.focus();
  }, [answered, outcome]);

  const save = (pending: SharedAssessment, unmapped: string[], copy: boolean, upgradedFrom: string | undefined) => {
    const saved = add(pending, { open: false });
    setOutcome({ kind: "imported", name: saved.name, unmapped, copy, upgradedFrom });
  };

  const importFile = async (file: File) => {
    // Refused on its size alone: a file this large is not an export, and is never read.
    if (file.size > MAX_IMPORT_BYTES) {
      setOutcome({
        kind: "failed",
        fileName: file.name,
        errors: [
          `The file is ${megabytes(file.size)}, larger than any export this tool makes (the limit is ${megabytes(MAX_IMPORT_BYTES)}). Choose a file made with “Download JSON”.`,
        ],
      });
      return;
    }
    const result = await admitFile(await file.text(), { questionnaire, history });
    if (!result.ok) {
      setOutcome({ kind: "failed", fileName: file.name, errors: result.errors });
      return;
    }
    const existing = findDuplicate(result.assessment, assessments, questionnaire);
    if (existing) {
      setOutcome({
        kind: "duplicate",
        fileName: file.name,
        existing,
        pending: result.assessment,
        unmapped: result.unmapped,
        upgradedFrom: result.upgradedFrom,
      });
      return;
    }
    save(result.assessment, result.unmapped, false, result.upgradedFrom);
  };

  const { dragging, zoneProps } = useFileDrop((files) => {
    const file = files[0];
    if (file) void importFile(file);
  });

  const failed = outcome?.kind === "failed";
  return (
    <section aria-labelledby="import-title" className="results-section">
      <h2 id="import-title">Import an assessment</h2>
      <div className={`drop-zone${dragging ? " drop-zone--active" : ""}${failed ? " form-group--error" : ""}`} {...zoneProps}>
        <label className="label" htmlFor="import-file">
          Choose a JSON export, or drop it here
        </label>
        <p className="hint" id="import-hint">
          A file made with “Download JSON”. It is added as a new assessment; nothing you have saved is replaced.
        </p>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          aria-describedby={failed ? `import-hint ${ERROR_IDS}` : "import-hint"}
          aria-invalid={failed ? true : undefined}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void importFile(file);
            event.target.value = "";
          }}
        />
      </div>
      <div role="status" aria-live="polite" tabIndex={-1} ref={message}>
        {outcome?.kind === "imported" ? (
          <div className="notice">
            <p>
              Imported <strong>{outcome.name}</strong>
              {outcome.copy ? " as a second copy" : ""}. It is in the list above.
            </p>
            {outcome.upgradedFrom ? (
              <p>It was made with questionnaire version {outcome.upgradedFrom} and now uses the current one.</p>
            ) : null}
            {outcome.unmapped.length > 0 ? (
              <>
                <p>Some of it could not be carried over to the current questionnaire:</p>
                <ul>
                  {outcome.unmapped.map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        ) : null}
        {outcome?.kind === "cancelled" ? <p>“{outcome.fileName}” was not imported. Nothing has changed.</p> : null}
      </div>
      {outcome?.kind === "duplicate" ? (
        <DuplicateQuestion
          fileName={outcome.fileName}
          existing={outcome.existing}
          onOpenExisting={() => {
            open(outcome.existing.id);
            router.push("/");
          }}
          onImportCopy={() => save(outcome.pending, outcome.unmapped, true, outcome.upgradedFrom)}
          onCancel={() => setOutcome({ kind: "cancelled", fileName: outcome.fileName })}
        />
      ) : null}
      {outcome?.kind === "failed" ? (
        <div className="error-summary" role="alert" aria-labelledby="import-error-title">
          <h3 id="import-error-title">“{outcome.fileName}” could not be imported</h3>
          <ul id="import-error-list">
            {outcome.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
