"use client";
/**
 * The files read so far: what each one is and what it shows, or, in one sentence, why it
 * could not be read. A refused file harms nothing: it adds no fact and no proposal.
 */
import { ARTEFACT_KIND_LABELS } from "@/lib/engine";
import type { ReadFile } from "./use-evidence";

function documents(count: number): string {
  return `${count} document${count === 1 ? "" : "s"}`;
}

export function ReadFiles({ files, onRemove }: { files: readonly ReadFile[]; onRemove: (key: string) => void }) {
  if (files.length === 0) return null;
  const refused = files.filter((file) => !file.result.ok).length;
  return (
    <section aria-labelledby="read-files-title" className="results-section">
      <h2 id="read-files-title">What your files show</h2>
      <p>
        {files.length - refused} of {files.length} file{files.length === 1 ? "" : "s"} read.
        {refused > 0 ? ` ${refused} could not be read; the reason is beside each.` : ""}
      </p>
      <ul className="read-files">
        {files.map(({ key, result }) => (
          <li key={key} className={result.ok ? "read-file" : "read-file read-file--refused"}>
            <p className="read-file__name">
              <strong>{result.name}</strong>{" "}
              {result.ok ? (
                <span className="hint-inline">
                  {ARTEFACT_KIND_LABELS[result.kind]}
                  {result.kind === "dockerfile" ? "" : `, ${documents(result.documents)}`} · {result.facts.length} fact
                  {result.facts.length === 1 ? "" : "s"}
                </span>
              ) : (
                <span className="tag tag--error">Not read</span>
              )}
            </p>
            {result.ok ? (
              result.facts.length > 0 || result.notes.length > 0 ? (
                <details>
                  <summary>
                    What it shows<span className="visually-hidden"> in {result.name}</span>
                  </summary>
                  <ul className="fact-list">
                    {result.facts.map((fact, index) => (
                      <li key={`${fact.id}-${fact.source.line}-${index}`}>
                        {fact.note}{" "}
                        <span className="hint-inline">
                          (line {fact.source.line}: <code>{fact.source.text}</code>)
                        </span>
                      </li>
                    ))}
                    {result.notes.map((note) => (
                      <li key={note} className="fact-list__note">
                        Not decided: {note}
                      </li>
                    ))}
                  </ul>
                </details>
              ) : (
                <p className="hint">It was read, but shows nothing the questions ask about.</p>
              )
            ) : (
              <p className="field-error">{result.reason}</p>
            )}
            <button type="button" className="link-button" onClick={() => onRemove(key)}>
              Remove<span className="visually-hidden"> {result.name}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
