"use client";
/**
 * Says plainly when saved data could not be read. The data itself was kept aside, not
 * deleted: the user can download it (to recover by hand or send to us) or discard it.
 */
import { useAssessmentActions, useAssessmentStore } from "@/lib/state/use-assessment-store";
import { discardSetAsideData, downloadSetAsideData } from "@/lib/state/set-aside";

export function UnreadableNotice() {
  const unreadable = useAssessmentStore((state) => state.unreadable);
  const hidden = useAssessmentStore((state) => state.unreadableHidden);
  const newer = useAssessmentStore((state) => state.newer);
  const upgraded = useAssessmentStore((state) => state.upgraded);
  const { hideUnreadable, clearUnreadable } = useAssessmentActions();
  return (
    <>
      {newer.length > 0 ? <NewerNotice names={newer.map((record) => record.name ?? "An assessment")} /> : null}
      {upgraded.length > 0 ? (
        <div className="notice" role="status">
          <h2>Brought up to date</h2>
          <ul>
            {upgraded.map((record) => (
              <li key={`${record.name}:${record.from}`}>
                “{record.name}” was saved with questionnaire version {record.from} and now uses the current one; answers to renamed
                questions and choices were carried over.
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {unreadable.length === 0 || hidden ? null : (
        <div className="notice notice--warning" role="alert" aria-labelledby="unreadable-title">
          <h2 id="unreadable-title">Some saved data could not be read</h2>
          <ul>
            {unreadable.map((record) => (
              <li key={record.key}>{record.reason}</li>
            ))}
          </ul>
          <p>Everything else is safe and the app started normally. The unreadable data has been kept aside in this browser, untouched.</p>
          <div className="button-group">
            <button type="button" className="button button--secondary" onClick={downloadSetAsideData}>
              Download the unreadable data
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                discardSetAsideData();
                clearUnreadable();
              }}
            >
              Discard it
            </button>
            <button type="button" className="link-button" onClick={hideUnreadable}>
              Hide this message
            </button>
          </div>
        </div>
      )}
    </>
  );
}

/** Records a newer build wrote: nothing is wrong with them, this tab is just out of date. */
function NewerNotice({ names }: { names: string[] }) {
  return (
    <div className="notice" role="status" aria-labelledby="newer-title">
      <h2 id="newer-title">Reload to update this app</h2>
      <p>
        {names.length === 1 ? "One assessment was" : `${names.length} assessments were`} saved by a newer version of this app in another
        tab: {names.map((name) => `“${name}”`).join(", ")}. They are safe and left untouched; reload this page to update the app and open
        them.
      </p>
      <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
        Reload now
      </button>
    </div>
  );
}
