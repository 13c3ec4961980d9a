"use client";
/**
 * Import a JSON export, by file picker or by dropping the file here. The file is checked
 * against the export format; problems are listed in plain words; a valid file becomes a
 * new saved assessment (it never replaces one).
 */
import { useState, type DragEvent } from "react";
import type { Questionnaire } from "@/lib/engine/questionnaire";
import type { IdHistory } from "@/lib/engine/share/id-history";
import { useAssessmentActions } from "@/lib/state/store-provider";

type Outcome = { ok: true; name: string; unmapped: string[] } | { ok: false; fileName: string; errors: string[] };

export function ImportAssessment({ questionnaire, history }: { questionnaire: Questionnaire; history: IdHistory }) {
  const { add } = useAssessmentActions();
  const [outcome, setOutcome] = useState<Outcome>();
  const [dragging, setDragging] = useState(false);

  const importFile = async (file: File) => {
    const { parseImport } = await import("@/lib/engine/exports/parse-import");
    const result = parseImport(await file.text(), questionnaire, history);
    if (!result.ok) {
      setOutcome({ ok: false, fileName: file.name, errors: result.errors });
      return;
    }
    const saved = add(result.assessment, { open: false });
    setOutcome({ ok: true, name: saved.name, unmapped: result.unmapped });
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void importFile(file);
  };

  return (
    <section aria-labelledby="import-title" className="results-section">
      <h2 id="import-title">Import an assessment</h2>
      <div
        className={`drop-zone${dragging ? " drop-zone--active" : ""}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
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
          aria-describedby="import-hint"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void importFile(file);
            event.target.value = "";
          }}
        />
      </div>
      <div role="status" aria-live="polite">
        {outcome?.ok ? (
          <div className="notice">
            <p>
              Imported <strong>{outcome.name}</strong>. It is in the list above.
            </p>
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
      </div>
      {outcome && !outcome.ok ? (
        <div className="error-summary" role="alert" aria-labelledby="import-error-title">
          <h3 id="import-error-title">“{outcome.fileName}” could not be imported</h3>
          <ul>
            {outcome.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
