"use client";
/** One saved assessment: what it is, how far it got, its worst band, and what can be done with it. */
import { useState } from "react";
import { BAND_LABELS, type Assessment, type Band } from "@/lib/engine";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { formatDate } from "../ui/format-date";
import { RenameForm } from "./rename-form";

export interface RowSummary {
  completedAreas: number;
  totalAreas: number;
  highestBand: Band | null;
  answered: number;
}

interface AssessmentRowProps {
  assessment: Assessment;
  /** Not yet worked out (the list works out a few rows at a time). */
  summary: RowSummary | undefined;
  isOpen: boolean;
  onOpen: () => void;
  onRename: (name: string) => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

/** Holds a figure's line while the list works it out. */
function Counting() {
  return <span className="hint">Working it out…</span>;
}

export function AssessmentRow({ assessment, summary, isOpen, onOpen, onRename, onDuplicate, onDelete }: AssessmentRowProps) {
  const [renaming, setRenaming] = useState(false);
  const headingId = `saved-${assessment.id}`;
  return (
    <li className="saved-item" aria-labelledby={headingId}>
      <h3 id={headingId} className="saved-item__name">
        {assessment.name} {isOpen ? <span className="tag tag--in-progress">Open now</span> : null}
      </h3>
      <dl className="saved-item__facts">
        <div>
          <dt>Last changed</dt>
          <dd>
            <time dateTime={assessment.updatedAt}>{formatDate(assessment.updatedAt)}</time>
          </dd>
        </div>
        <div>
          <dt>Progress</dt>
          <dd>{summary ? `${summary.completedAreas} of ${summary.totalAreas} areas completed` : <Counting />}</dd>
        </div>
        <div>
          <dt>Highest band</dt>
          <dd>
            {!summary ? (
              <Counting />
            ) : summary.highestBand ? (
              <span className={`tag tag--band tag--${summary.highestBand}`}>{BAND_LABELS[summary.highestBand]}</span>
            ) : summary.answered === 0 ? (
              "Not assessed yet"
            ) : (
              "No risks"
            )}
          </dd>
        </div>
      </dl>
      {renaming ? (
        <RenameForm
          id={assessment.id}
          current={assessment.name}
          onCancel={() => setRenaming(false)}
          onSave={(name) => {
            onRename(name);
            setRenaming(false);
          }}
        />
      ) : (
        <div className="button-group">
          <button type="button" className="button" onClick={onOpen}>
            Open<span className="visually-hidden"> {assessment.name}</span>
          </button>
          <button type="button" className="button button--secondary" onClick={() => setRenaming(true)}>
            Rename<span className="visually-hidden"> {assessment.name}</span>
          </button>
          <button type="button" className="button button--secondary" onClick={onDuplicate}>
            Duplicate<span className="visually-hidden"> {assessment.name}</span>
          </button>
          <ConfirmDialog
            trigger="Delete"
            triggerContext={assessment.name}
            title={`Delete “${assessment.name}”?`}
            confirmLabel="Yes, delete it"
            warning
            onConfirm={onDelete}
          >
            <p>Its answers and plan decisions will be removed from this browser. This cannot be undone.</p>
            <p>If you might need it again, download a JSON export of it first.</p>
          </ConfirmDialog>
        </div>
      )}
    </li>
  );
}
