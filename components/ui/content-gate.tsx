"use client";
/**
 * Renders its children once a content file has arrived: holds the space while it loads,
 * and says so (with a way to try again) if it cannot be fetched.
 */
import type { ReactNode } from "react";
import type { ContentFile } from "@/content/files";
import { Placeholder } from "./open-assessment";
import { useContentFile, type ContentFiles } from "./use-content-file";

export function ContentFailed({ onRetry }: { onRetry: () => void }) {
  return (
    <div className="notice notice--error" role="alert">
      <h2>This page’s content did not load</h2>
      <p>
        The questions and risks this page shows come from this site, and the browser could not fetch them. Check the connection and try
        again; nothing you saved is affected.
      </p>
      <p>
        <button type="button" className="button button--secondary" onClick={onRetry}>
          Try again
        </button>
      </p>
    </div>
  );
}

export function ContentGate<F extends ContentFile>({ file, children }: { file: F; children: (data: ContentFiles[F]) => ReactNode }) {
  const content = useContentFile(file);
  if (content.state === "loading") return <Placeholder />;
  if (content.state === "failed") return <ContentFailed onRetry={content.retry} />;
  return <>{children(content.data)}</>;
}
