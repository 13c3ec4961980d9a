"use client";
import { useEffect } from "react";

/**
 * On arriving at a step, focus goes to the page's <h1> (so screen readers announce the
 * new step), or, when the URL names a question (a Change link), to that question's first
 * input.
 *
 * Focus is moved in the next animation frame: focusing needs the page laid out, and done
 * straight after hydration it forced that layout inside the start-up task (tens of
 * milliseconds on a phone); in the frame, the browser lays out once for both.
 */
export function useStepFocus(headingId: string, ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const frame = requestAnimationFrame(() => {
      const target = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
      const input = target?.querySelector<HTMLElement>("input, textarea");
      if (input) {
        input.focus();
        target?.scrollIntoView({ block: "start" });
      } else {
        document.getElementById(headingId)?.focus();
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [headingId, ready]);
}
