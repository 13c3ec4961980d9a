"use client";
import { AppLink } from "../ui/app-link";
import { useEffect, useRef } from "react";

/** The reference Next.js gives a server-side error, to match it with the server's log. */
export function errorReference(error: unknown): string | undefined {
  if (!(error instanceof Error) || !("digest" in error)) return undefined;
  const { digest } = error;
  return typeof digest === "string" && digest !== "" ? digest : undefined;
}

/**
 * What a page shows in place of its content when it fails: what happened, that the saved
 * answers are safe, and the ways on. Going to another page clears the error (the boundary
 * resets when the path changes).
 */
export function ErrorNotice({ error, retry }: { error: unknown; retry: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const reference = errorReference(error);

  useEffect(() => {
    console.error(error);
    heading.current?.focus();
  }, [error]);

  return (
    <div data-error-notice="">
      <h1 id="page-heading" tabIndex={-1} ref={heading}>
        Sorry, this page stopped working
      </h1>
      <p className="lead">Something went wrong in the app while it was showing this page. It was not caused by anything you did.</p>
      <p>
        Answers saved in this browser are not affected: they are stored separately from the page, and they are still there when the page
        works again.
      </p>
      <div className="button-group">
        <button type="button" className="button" onClick={retry}>
          Try again
        </button>
      </div>
      <ul>
        <li>
          <AppLink href="/">Start or continue an assessment</AppLink>
        </li>
        <li>
          <AppLink href="/assessments">Assessments saved in this browser</AppLink>
        </li>
      </ul>
      {reference === undefined ? null : <p className="hint">Error reference: {reference}</p>}
    </div>
  );
}
