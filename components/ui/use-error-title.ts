"use client";
import { useEffect } from "react";

/** Prefixes the document title with "Error: " while a form shows errors (GOV.UK pattern). */
export function useErrorTitle(hasErrors: boolean): void {
  useEffect(() => {
    const prefix = "Error: ";
    const base = document.title.startsWith(prefix) ? document.title.slice(prefix.length) : document.title;
    const wanted = hasErrors ? `${prefix}${base}` : base;
    // Writing the title replaces the <title>'s text, even with the same words: only a change is written.
    if (document.title !== wanted) document.title = wanted;
  }, [hasErrors]);
}
