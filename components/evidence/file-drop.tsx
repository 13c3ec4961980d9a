"use client";
/**
 * Giving the page files: pick them, drop them, or paste text. Each way ends in the same
 * reader; the limits are stated here, and so is where the files go (nowhere).
 */
import { useId, useState } from "react";
import { EVIDENCE_LIMITS, type ArtefactInput, type ReadArtefact } from "@/lib/engine";
import { useFileDrop } from "../ui/use-file-drop";
import { inputFromFile } from "./use-evidence";

interface FileDropProps {
  onFiles: (entries: readonly (ArtefactInput | ReadArtefact)[]) => Promise<void>;
  busy: boolean;
}

export function FileDrop({ onFiles, busy }: FileDropProps) {
  const id = useId();
  const [pasted, setPasted] = useState("");
  const [pasteName, setPasteName] = useState("");
  const [pasteCount, setPasteCount] = useState(0);
  const [pasteError, setPasteError] = useState("");

  const readFiles = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    await onFiles(await Promise.all(Array.from(list, inputFromFile)));
  };

  const { dragging, zoneProps } = useFileDrop((files) => void readFiles(files));

  const readPasted = async () => {
    if (pasted.trim() === "") {
      setPasteError("Paste a Dockerfile, a Compose file or Kubernetes YAML first.");
      return;
    }
    setPasteError("");
    const number = pasteCount + 1;
    setPasteCount(number);
    await onFiles([{ name: pasteName.trim() || `Pasted text ${number}`, text: pasted }]);
    setPasted("");
    setPasteName("");
  };

  const limits =
    `${EVIDENCE_LIMITS.files} files at a time, ${EVIDENCE_LIMITS.fileBytes / 1_000_000} MB each ` +
    `(a Dockerfile ${EVIDENCE_LIMITS.dockerfileBytes / 1000} KB), ${EVIDENCE_LIMITS.documents} YAML documents per file, ` +
    `${EVIDENCE_LIMITS.aliases} YAML aliases per document`;
  return (
    <section aria-labelledby={`${id}-title`} className="results-section">
      <h2 id={`${id}-title`}>Your files</h2>
      <p className="inset">
        <strong>Nothing leaves your browser.</strong> Files are read on this device and never uploaded; only the answers you accept, each
        with the line it came from, are saved with the assessment.
      </p>
      <div className={`drop-zone${dragging ? " drop-zone--active" : ""}`} {...zoneProps}>
        <label className="label" htmlFor={`${id}-pick`}>
          Choose files, or drop them here
        </label>
        <p className="hint" id={`${id}-pick-hint`}>
          Dockerfiles (also Containerfile), Compose files (compose.yaml, docker-compose.yml) and Kubernetes YAML, including the output of
          helm template. Limits: {limits}.
        </p>
        <input
          id={`${id}-pick`}
          type="file"
          multiple
          aria-describedby={`${id}-pick-hint`}
          disabled={busy}
          onChange={(event) => {
            void readFiles(event.target.files);
            event.target.value = "";
          }}
        />
      </div>
      <div className={`form-group${pasteError ? " form-group--error" : ""}`}>
        <label className="label" htmlFor={`${id}-paste`}>
          Or paste a file’s text
        </label>
        <p className="hint" id={`${id}-paste-hint`}>
          Its kind is worked out from what it says (a FROM line, services:, or apiVersion and kind).
        </p>
        {pasteError ? (
          <p className="field-error" id={`${id}-paste-error`}>
            <span className="visually-hidden">Error:</span> {pasteError}
          </p>
        ) : null}
        <textarea
          className="input input--code"
          id={`${id}-paste`}
          rows={8}
          spellCheck={false}
          value={pasted}
          aria-describedby={pasteError ? `${id}-paste-hint ${id}-paste-error` : `${id}-paste-hint`}
          aria-invalid={pasteError ? true : undefined}
          onChange={(event) => setPasted(event.target.value)}
        />
        <label className="label" htmlFor={`${id}-paste-name`}>
          Its name (optional)
        </label>
        <p className="hint" id={`${id}-paste-name-hint`}>
          Shown beside every answer it proves, for example “Dockerfile” or “k8s/deployment.yaml”.
        </p>
        <input
          className="input input--medium"
          id={`${id}-paste-name`}
          value={pasteName}
          maxLength={120}
          aria-describedby={`${id}-paste-name-hint`}
          onChange={(event) => setPasteName(event.target.value)}
        />
      </div>
      <div className="button-group">
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void readPasted()}>
          Read the pasted text
        </button>
      </div>
    </section>
  );
}
