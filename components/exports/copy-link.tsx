"use client";
/**
 * "Copy result link": the assessment packed into the URL fragment, which browsers never
 * send to a server. Where the clipboard is refused, the link is shown to copy by hand.
 */
import { useState } from "react";
import { shareLink, type Assessment, type Questionnaire } from "@/lib/engine";

interface CopyLinkProps {
  questionnaire: Questionnaire;
  assessment: Assessment;
  codebookIndex: number;
}

export function CopyLink({ questionnaire, assessment, codebookIndex }: CopyLinkProps) {
  // Remembers which version of the assessment the link was made from, so a stale link is never shown.
  const [made, setMade] = useState<{ from: Assessment; url: string; copied: boolean; trimmed: boolean }>();

  const copy = async () => {
    // Only the answers that count travel, dated with the sender's own day; long notes are left out.
    const { fragment, trimmed } = await shareLink(questionnaire, assessment, {
      codebookIndex,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    const url = `${window.location.origin}/shared#${fragment}`;
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      // Clipboard refused (permissions, insecure context): the link is shown instead.
    }
    setMade({ from: assessment, url, copied, trimmed });
  };

  return (
    <>
      <button type="button" className="button" onClick={() => void copy()}>
        Copy result link
      </button>
      {made && made.from === assessment ? (
        <div className="copy-link" role="status">
          <p>
            {made.copied
              ? "Result link copied. Anyone who opens it sees these results and this plan, read-only."
              : "Copy this result link (your browser did not allow copying it for you):"}
          </p>
          {made.trimmed ? (
            <p>The notes, names and reasons on plan actions were left out to keep the link short. To share them too, send a JSON export.</p>
          ) : null}
          <label className="visually-hidden" htmlFor="result-link">
            Result link
          </label>
          <input id="result-link" className="input copy-link__url" readOnly value={made.url} onFocus={(event) => event.target.select()} />
        </div>
      ) : null}
    </>
  );
}
