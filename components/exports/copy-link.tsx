"use client";
/**
 * "Copy result link": the assessment packed into the URL fragment, which browsers never
 * send to a server. Where the clipboard is refused, the link is shown to copy by hand.
 */
import { useState } from "react";
import type { Assessment } from "@/lib/engine/assessment";
import type { Questionnaire } from "@/lib/engine/questionnaire";

interface CopyLinkProps {
  questionnaire: Questionnaire;
  assessment: Assessment;
  codebookIndex: number;
}

export function CopyLink({ questionnaire, assessment, codebookIndex }: CopyLinkProps) {
  // Remembers which version of the assessment the link was made from, so a stale link is never shown.
  const [made, setMade] = useState<{ from: Assessment; url: string; copied: boolean }>();

  const copy = async () => {
    const [{ encodeLink }, { codebookOf }] = await Promise.all([
      import("@/lib/engine/share/encode-link"),
      import("@/lib/engine/share/codebook"),
    ]);
    const url = `${window.location.origin}/shared#${encodeLink(assessment, codebookOf(questionnaire), codebookIndex)}`;
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      // Clipboard refused (permissions, insecure context): the link is shown instead.
    }
    setMade({ from: assessment, url, copied });
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
          <label className="visually-hidden" htmlFor="result-link">
            Result link
          </label>
          <input id="result-link" className="input copy-link__url" readOnly value={made.url} onFocus={(event) => event.target.select()} />
        </div>
      ) : null}
    </>
  );
}
