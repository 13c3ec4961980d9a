"use client";
/** One side of the comparison: a saved assessment, or a pasted result link. */
import type { Assessment } from "@/lib/engine";
import { formatDate } from "../ui/format-date";
import type { SourceChoice } from "./compare-source";

interface SourceFieldsetProps {
  id: string;
  legend: string;
  choice: SourceChoice;
  onChange: (choice: SourceChoice) => void;
  saved: readonly Assessment[];
  error: string | undefined;
}

export function SourceFieldset({ id, legend, choice, onChange, saved, error }: SourceFieldsetProps) {
  return (
    <div className={error ? "form-group form-group--error" : "form-group"}>
      <fieldset aria-describedby={error ? `${id}-error` : undefined}>
        <legend>{legend}</legend>
        {error ? (
          <p className="field-error" id={`${id}-error`}>
            <span className="visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <label className="label compare-label" htmlFor={`${id}-saved`}>
          A saved assessment
        </label>
        <select id={`${id}-saved`} className="input" value={choice.saved} onChange={(e) => onChange({ ...choice, saved: e.target.value })}>
          <option value="">Choose one</option>
          {saved.map((assessment) => (
            <option key={assessment.id} value={assessment.id}>
              {assessment.name} — {formatDate(assessment.updatedAt)}
            </option>
          ))}
        </select>
        <label className="label compare-label" htmlFor={`${id}-link`}>
          Or paste a result link
        </label>
        <input
          id={`${id}-link`}
          className="input"
          value={choice.link}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => onChange({ ...choice, link: e.target.value })}
        />
      </fieldset>
    </div>
  );
}
