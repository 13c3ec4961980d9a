"use client";
import { useEffect } from "react";

/**
 * On arriving at a step, focus goes to the page's <h1> (so screen readers announce the
 * new step), or, when the URL names a question (a Change link), to that question's first
 * input.
 */
export function useStepFocus(headingId: string, ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const target = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
    const input = target?.querySelector<HTMLElement>("input, textarea");
    if (input) {
      input.focus();
      target?.scrollIntoView({ block: "start" });
    } else {
      document.getElementById(headingId)?.focus();
    }
  }, [headingId, ready]);
}
