"use client";
/** The URL fragment, which never reaches the server: undefined while prerendered, then followed as it changes. */
import { useSyncExternalStore } from "react";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}

export function useFragment(): string | undefined {
  return useSyncExternalStore(
    subscribe,
    () => window.location.hash.replace(/^#/, ""),
    () => undefined,
  );
}
