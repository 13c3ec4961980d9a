"use client";
/**
 * The content files a page fetches (see content/files.ts), once per page: every component
 * that asks shares one request, and a page that preloads the file (see ContentPreload) has
 * it on the way before any script runs. The files are this build's own, written from the
 * checked content, so a version check is the only test they need.
 */
import { useCallback, useSyncExternalStore } from "react";
import { contentFileUrl, type ContentFile } from "@/content/files";
import { CONTENT_VERSION } from "@/content/version";
import type { Codebook, Questionnaire } from "@/lib/engine";

export interface ContentFiles {
  questionnaire: Questionnaire;
  codebooks: readonly Codebook[];
}

export type ContentState<T> = { state: "loading" } | { state: "ready"; data: T } | { state: "failed"; retry: () => void };

type Entry = { state: "loading" } | { state: "ready"; data: unknown } | { state: "failed" };

const entries = new Map<ContentFile, Entry>();
const listeners = new Set<() => void>();
const LOADING: Entry = { state: "loading" };

function settle(file: ContentFile, entry: Entry): void {
  entries.set(file, entry);
  for (const listener of listeners) listener();
}

function isThisVersion(file: ContentFile, data: unknown): boolean {
  if (file === "codebooks") return Array.isArray(data) && data.length > 0;
  return typeof data === "object" && data !== null && "version" in data && data.version === CONTENT_VERSION;
}

function fetchFile(file: ContentFile): void {
  fetch(contentFileUrl(file), { credentials: "same-origin" })
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
    .then((data: unknown) => settle(file, isThisVersion(file, data) ? { state: "ready", data } : { state: "failed" }))
    .catch(() => settle(file, { state: "failed" }));
}

/** Starts the request, unless one is under way or done. */
function load(file: ContentFile): void {
  const current = entries.get(file);
  if (current && current.state !== "failed") return;
  settle(file, LOADING);
  fetchFile(file);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useContentFile<F extends ContentFile>(file: F): ContentState<ContentFiles[F]> {
  const entry = useSyncExternalStore(
    subscribe,
    () => {
      // Asked for on the first read in the browser, so the request starts during hydration
      // (quietly: the answer is "loading" either way, and no one may be told mid-render).
      if (!entries.has(file)) {
        entries.set(file, LOADING);
        fetchFile(file);
      }
      return entries.get(file) ?? LOADING;
    },
    () => LOADING,
  );
  const retry = useCallback(() => load(file), [file]);
  if (entry.state === "failed") return { state: "failed", retry };
  // The file was checked to be this version's, which content/files.ts builds from ContentFiles[F].
  if (entry.state === "ready") return { state: "ready", data: entry.data as ContentFiles[F] };
  return { state: "loading" };
}
