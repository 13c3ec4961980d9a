"use client";
/** A link to send: shown in full (to copy by hand), with a Copy button and, optionally, a file to download. */
import { useId, useState } from "react";
import { downloadText } from "@/lib/browser/download";

interface LinkBoxProps {
  label: string;
  url: string;
  file?: { fileName: string; text: string; label: string } | undefined;
}

export function LinkBox({ label, url, file }: LinkBoxProps) {
  const id = useId();
  const [copied, setCopied] = useState<"yes" | "refused" | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("yes");
    } catch {
      setCopied("refused");
    }
  };
  return (
    <div className="link-box">
      <label className="label" htmlFor={`${id}-url`}>
        {label}
      </label>
      <textarea className="input input--code" id={`${id}-url`} readOnly rows={3} value={url} onFocus={(event) => event.target.select()} />
      <div className="button-group">
        <button type="button" className="button" onClick={() => void copy()}>
          Copy the link
        </button>
        {file ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => downloadText(file.fileName, file.text, "application/json")}
          >
            {file.label}
          </button>
        ) : null}
      </div>
      <p role="status" className="hint">
        {copied === "yes"
          ? "Copied."
          : copied === "refused"
            ? "Your browser did not allow copying: select the link above and copy it."
            : ""}
      </p>
    </div>
  );
}
