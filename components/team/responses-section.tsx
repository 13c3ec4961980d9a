"use client";
/** Gathering responses: paste links or drop files, see what became of each, and the list so far. */
import { useState } from "react";
import { linkDay } from "../ui/format-date";
import { useFileDrop } from "../ui/use-file-drop";
import type { AddOutcome, AdmittedResponse } from "./use-team";

interface ResponsesSectionProps {
  responses: readonly AdmittedResponse[];
  voiceOf: (fragment: string) => string;
  onAdd: (texts: readonly string[], files: readonly File[]) => Promise<AddOutcome[]>;
  onRemove: (fragment: string) => void;
}

export function ResponsesSection({ responses, voiceOf, onAdd, onRemove }: ResponsesSectionProps) {
  const [links, setLinks] = useState("");
  const [outcomes, setOutcomes] = useState<AddOutcome[]>([]);

  const addLinks = async () => {
    const texts = links.split(/\s+/).filter((line) => line.length > 0);
    if (texts.length === 0) {
      setOutcomes([{ source: "The box", kind: "refused", detail: "Paste at least one response link first." }]);
      return;
    }
    const result = await onAdd(texts, []);
    setOutcomes(result);
    if (result.every((outcome) => outcome.kind !== "refused")) setLinks("");
  };
  const addFiles = async (list: FileList | null) => {
    if (list && list.length > 0) setOutcomes(await onAdd([], Array.from(list)));
  };
  const { dragging, zoneProps } = useFileDrop((files) => void addFiles(files));

  return (
    <section aria-labelledby="responses-title" className="results-section">
      <h2 id="responses-title">Responses</h2>
      <div className="form-group">
        <label className="label" htmlFor="response-links">
          Paste response links
        </label>
        <p className="hint" id="response-links-hint">
          One or more, as the team sent them (each starts with this site’s address and “/team#”).
        </p>
        <textarea
          className="input input--code"
          id="response-links"
          rows={3}
          spellCheck={false}
          aria-describedby="response-links-hint"
          value={links}
          onChange={(event) => setLinks(event.target.value)}
        />
      </div>
      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={() => void addLinks()}>
          Add the responses
        </button>
      </div>
      <div className={`drop-zone${dragging ? " drop-zone--active" : ""}`} {...zoneProps}>
        <label className="label" htmlFor="response-files">
          Or choose response files, or drop them here
        </label>
        <input
          id="response-files"
          type="file"
          multiple
          accept="application/json,.json"
          onChange={(event) => {
            void addFiles(event.target.files);
            event.target.value = "";
          }}
        />
      </div>
      <div role="status" aria-live="polite">
        {outcomes.length > 0 ? (
          <ul className="plain-list add-outcomes">
            {outcomes.map((outcome, index) => (
              <li key={`${outcome.source}-${index}`} className={outcome.kind === "added" ? undefined : "field-error"}>
                <strong>{outcome.source}:</strong> {outcome.detail}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {responses.length > 0 ? (
        <table className="data-table">
          <caption>
            {responses.length} response{responses.length === 1 ? "" : "s"}
          </caption>
          <thead>
            <tr>
              <th scope="col">Who</th>
              <th scope="col">Answered on</th>
              <th scope="col">Answers</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {responses.map(({ fragment, response, upgradedFrom }) => (
              <tr key={fragment}>
                <th scope="row">{voiceOf(fragment)}</th>
                <td>
                  {linkDay(response.answeredOn)}
                  {upgradedFrom ? <span className="hint-inline"> (questionnaire {upgradedFrom}, brought up to date)</span> : null}
                </td>
                <td>{Object.keys(response.answers).length}</td>
                <td>
                  <button type="button" className="link-button" onClick={() => onRemove(fragment)}>
                    Remove<span className="visually-hidden"> the response of {voiceOf(fragment)}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>No responses yet.</p>
      )}
    </section>
  );
}
