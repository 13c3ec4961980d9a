"use client";
/**
 * Shown on every page the moment saving fails, and for as long as anything is unsaved:
 * which assessment, why, and the ways out (download it now, make room, try again). It
 * cannot be dismissed while work would be lost; it goes away once everything is saved.
 */
import { AppLink } from "../ui/app-link";
import { useState } from "react";
import { backupAs, type Assessment } from "@/lib/engine";
import { downloadText } from "@/lib/browser/download";
import { own } from "@/lib/state/own";
import { useAssessmentStore, useAssessmentStoreApi } from "@/lib/state/use-assessment-store";

async function downloadBackup(assessment: Assessment): Promise<string> {
  const file = await backupAs(assessment, { now: new Date(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
  downloadText(file.fileName, file.text, "application/json");
  return file.fileName;
}

export function SaveNotice() {
  const unsaved = useAssessmentStore((state) => state.unsaved);
  const available = useAssessmentStore((state) => state.storageAvailable);
  const assessments = useAssessmentStore((state) => state.assessments);
  const store = useAssessmentStoreApi();
  const [status, setStatus] = useState("");

  const ids = Object.keys(unsaved);
  const records = ids.flatMap((id) => {
    const record = own(assessments, id);
    return record ? [record] : [];
  });
  if (available && records.length === 0) return null;
  const full = ids.some((id) => own(unsaved, id) === "full");

  return (
    <div className="notice notice--error save-notice" role="alert" id="save-problem" aria-labelledby="save-problem-title">
      <h2 id="save-problem-title">
        {available ? "Your latest changes are not saved" : "This browser is not keeping anything you enter here"}
      </h2>
      {!available ? (
        <p>
          It refuses this site any storage (strict site-data settings or a private mode do this), so your answers live only in this tab and
          are lost when it closes. Download the assessment to keep it, or allow this site to store data and reload.
        </p>
      ) : full ? (
        <p>
          This browser’s storage for this site is full, so the changes below exist only in this tab. Download them now so nothing is lost.
          To make room, <AppLink href="/assessments">delete saved assessments you no longer need</AppLink> (download them first) or clear
          other data this site keeps in your browser’s settings, then try saving again.
        </p>
      ) : (
        <p>
          This browser refused to save the changes below, so they exist only in this tab. Download them now so nothing is lost, then check
          that this site may store data and try saving again.
        </p>
      )}
      {records.length > 0 ? (
        <ul className="save-notice__list">
          {records.map((record) => (
            <li key={record.id}>
              <span>“{record.name}”</span>{" "}
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  void downloadBackup(record).then((fileName) => setStatus(`Downloaded “${record.name}” as ${fileName}.`));
                }}
              >
                Download “{record.name}” as JSON
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {available ? (
        <div className="button-group">
          <button
            type="button"
            className="button"
            onClick={() => {
              store.getState().retrySaves();
              const left = Object.keys(store.getState().unsaved).length;
              setStatus(left === 0 ? "Everything is saved." : "Saving still fails: download your changes so nothing is lost.");
            }}
          >
            Try saving again
          </button>
        </div>
      ) : null}
      <p role="status" className="save-notice__status">
        {status}
      </p>
    </div>
  );
}
