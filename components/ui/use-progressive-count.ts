"use client";
/**
 * How many entries of a long list to render now: the first few at once, then a few more
 * after each paint, in the background, until all are there. Rendering fifty plan actions
 * (or thirty risks) in one go blocks a phone's main thread for a noticeable moment; a few
 * at a time it never does, and the page answers input throughout.
 *
 * Everything renders at once when something must be on screen now: `all`, or an address
 * whose fragment names an entry (`/results#risk-…` from the plan). The router scrolls to
 * a fragment only as the page first appears, before a list like this exists, so the
 * entry is scrolled to here once it is there. Rendered on the server (a static render of the
 * view, as the renderers' test does), a list is whole.
 */
import { startTransition, useEffect, useState, useSyncExternalStore } from "react";

/**
 * Nothing in the first pass, which already renders the rest of the page; then a few per task.
 * (Three plan actions with their fields are about as much as a slow phone renders unnoticed.)
 */
const STEP = 3;

interface ProgressiveOptions {
  /** Render everything now. */
  all?: boolean;
  /** Render everything now when the address's fragment starts with this. */
  fragmentPrefix?: string;
  /** How many more per task. */
  step?: number;
}

function subscribeToAddress(onChange: () => void): () => void {
  window.addEventListener("hashchange", onChange);
  window.addEventListener("popstate", onChange);
  return () => {
    window.removeEventListener("hashchange", onChange);
    window.removeEventListener("popstate", onChange);
  };
}
const readHash = (): string => window.location.hash;
const noHash = (): string => "";
const noSubscription = () => () => {};

function fragmentTarget(hash: string, prefix: string | undefined): string | null {
  if (prefix === undefined || !hash.startsWith(`#${prefix}`)) return null;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
}

export function useProgressiveCount(total: number, { all = false, fragmentPrefix, step = STEP }: ProgressiveOptions = {}): number {
  const [count, setCount] = useState(0);
  // Read through the store hook: a client-side navigation changes the address only as it
  // commits, and this notices the change then.
  const linked = fragmentTarget(useSyncExternalStore(subscribeToAddress, readHash, noHash), fragmentPrefix);
  const onServer = useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );
  const done = onServer || all || linked !== null || count >= total;

  useEffect(() => {
    if (linked !== null) document.getElementById(linked)?.scrollIntoView({ block: "start" });
  }, [linked]);

  useEffect(() => {
    if (done) return;
    // A task per step, so the browser paints and handles input in between.
    const timer = setTimeout(() => startTransition(() => setCount((current) => current + step)), 0);
    return () => clearTimeout(timer);
  }, [done, count, step]);

  return done ? total : count;
}
