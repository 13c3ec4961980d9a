"use client";
/**
 * An import that matches an assessment already saved here: nothing is added until the
 * user says what they want, the saved one or a second copy. It takes focus when it
 * appears, so the question is heard and the choices are next.
 */
import { useEffect, useRef } from "react";
import type { Assessment } from "@/lib/engine";
import { formatDate } from "../ui/format-date";

interface DuplicateQuestionProps {
  fileName: string;
  existing: Assessment;
  onOpenExisting: () => void;
  onImportCopy: () => void;
  onCancel: () => void;
}

export function DuplicateQuestion({ fileName, existing, onOpenExisting, onImportCopy, onCancel }: DuplicateQuestionProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="notice" role="group" aria-labelledby="import-duplicate-title">
      <h3 id="import-duplicate-title" tabIndex={-1} ref={heading}>
        “{existing.name}” is already saved in this browser
      </h3>
      <p>
        “{fileName}” has the same name, answers and plan decisions as the saved “{existing.name}” (last changed{" "}
        <time dateTime={existing.updatedAt}>{formatDate(existing.updatedAt)}</time>). Nothing has been imported yet.
      </p>
      <div className="button-group">
        <button type="button" className="button" onClick={onOpenExisting}>
          Open the saved one
        </button>
        <button type="button" className="button button--secondary" onClick={onImportCopy}>
          Import as a copy anyway
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          Do not import
        </button>
      </div>
    </div>
  );
}
