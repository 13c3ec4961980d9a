"use client";
/**
 * GOV.UK error summary: a list of what is wrong, each linking to its field. It takes
 * focus when it appears so screen reader and keyboard users land on it.
 */
import { useEffect, useRef } from "react";

export interface FieldError {
  /** The id of the element the link moves focus to. */
  href: string;
  message: string;
}

export function ErrorSummary({ errors, attempt }: { errors: readonly FieldError[]; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
    // Focus again on every failed submit, not only when the list changes.
  }, [attempt, errors.length]);

  if (errors.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.href}>
            <a
              href={`#${error.href}`}
              onClick={(event) => {
                const target = document.getElementById(error.href);
                if (!target) return;
                event.preventDefault();
                target.scrollIntoView({ block: "center" });
                target.focus();
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
