"use client";
/**
 * Makes plain that this is someone else's assessment, read-only, and offers to save a
 * copy. Saving adds a new assessment; it never replaces or opens over the user's own.
 */
import { useState } from "react";
import type { SharedAssessment } from "@/lib/engine";
import { useAssessmentStore } from "@/lib/state/use-assessment-store";
import { formatDate, linkDay } from "../ui/format-date";

interface SharedBannerProps {
  shared: SharedAssessment;
  unmapped: readonly string[];
  /** The questionnaire version the link was made with, when older than this app's. */
  upgradedFrom: string | undefined;
}

export function SharedBanner({ shared, unmapped, upgradedFrom }: SharedBannerProps) {
  const add = useAssessmentStore((state) => state.add);
  const open = useAssessmentStore((state) => state.open);
  const [savedId, setSavedId] = useState<string>();
  const [opened, setOpened] = useState(false);

  return (
    <section className="notice shared-banner" aria-labelledby="shared-title">
      <h2 id="shared-title">You are looking at someone else’s assessment</h2>
      <p>
        <strong>{shared.name}</strong>
        {shared.assessor ? <>, assessed by {shared.assessor}</> : null}, last changed{" "}
        <time dateTime={linkDay(shared.updatedAt)}>{formatDate(linkDay(shared.updatedAt))}</time>. It is read-only here, and opening it has
        not changed anything you have saved in this browser.
      </p>
      {upgradedFrom && unmapped.length === 0 ? (
        <p>This link was made with questionnaire version {upgradedFrom}; its answers were brought up to date.</p>
      ) : null}
      {unmapped.length > 0 ? (
        <div className="inset">
          <p>
            This link was made with an older questionnaire{upgradedFrom ? ` (version ${upgradedFrom})` : ""}. Some of it could not be
            carried over:
          </p>
          <ul>
            {unmapped.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {savedId ? (
        <div role="status">
          <p>A copy is saved in this browser{opened ? " and is now open." : "."}</p>
          {opened ? null : (
            <button
              type="button"
              className="button"
              onClick={() => {
                open(savedId);
                setOpened(true);
              }}
            >
              Open the copy to work on it
            </button>
          )}
        </div>
      ) : (
        <button type="button" className="button" onClick={() => setSavedId(add(shared, { open: false }).id)}>
          Save a copy to this browser
        </button>
      )}
    </section>
  );
}
