"use client";
/**
 * Says plainly when saved data could not be read. The data itself was kept aside, not
 * deleted: the user can download it (to recover by hand or send to us) or discard it.
 */
import { useAssessmentActions, useAssessmentStore } from "@/lib/state/store-provider";
import { discardSetAsideData, downloadSetAsideData } from "@/lib/state/set-aside";

export function UnreadableNotice() {
  const unreadable = useAssessmentStore((state) => state.unreadable);
  const hidden = useAssessmentStore((state) => state.unreadableHidden);
  const { hideUnreadable, clearUnreadable } = useAssessmentActions();
  if (unreadable.length === 0 || hidden) return null;
  return (
    <div className="notice notice--warning" role="alert" aria-labelledby="unreadable-title">
      <h2 id="unreadable-title">Some saved data could not be read</h2>
      <ul>
        {unreadable.map((record) => (
          <li key={record.key}>{record.reason}</li>
        ))}
      </ul>
      <p>
        Everything else is safe and the app started normally. The unreadable data has been kept aside in this browser,
        untouched.
      </p>
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
  );
}
