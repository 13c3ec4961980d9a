"use client";
/**
 * The page's one assessment store, and the hooks that read it. It is created the first
 * time a component asks for it, and lives as long as the page: moving to a guide and back
 * keeps everything, including work that could not be saved. So only pages that show an
 * assessment load it (and the validation of saved records it needs); a guide loads none.
 *
 * Saved state is read after the first render (the server's render knows no storage), and
 * other tabs are followed: when one saves a record, this one re-reads that record only.
 */
import { useEffect } from "react";
import { useStore } from "zustand";
import { idHistory } from "@/content/id-history";
import { CONTENT_VERSION } from "@/content/version";
import { createAssessmentStore, type AssessmentActions, type AssessmentStore, type AssessmentStoreApi } from "./assessment-store";
import { isOurKey } from "./storage-keys";
import { registerStore } from "./store-registry";
import { sessionTabOpen } from "./tab-open";

function sessionIfAllowed(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

let pageStore: AssessmentStoreApi | undefined;
let started = false;

function theStore(): AssessmentStoreApi {
  if (!pageStore) {
    pageStore = createAssessmentStore({ contentVersion: CONTENT_VERSION, history: idHistory, tabOpen: sessionTabOpen(sessionIfAllowed) });
    // Only in the browser: a prerender must leave nothing behind for the next one to find.
    if (typeof window !== "undefined") registerStore(pageStore);
  }
  return pageStore;
}

/** Reads saved state and starts following other tabs, once per page. */
function start(): void {
  if (started) return;
  started = true;
  const store = theStore();
  store.getState().load();
  window.addEventListener("storage", (event) => {
    // Only localStorage is shared between tabs; sessionStorage events are this tab's own.
    if (event.storageArea !== null && event.storageArea !== window.localStorage) return;
    if (event.key === null || isOurKey(event.key)) store.getState().sync(event.key);
  });
}

export function useAssessmentStore<T>(selector: (state: AssessmentStore) => T): T {
  useEffect(start, []);
  return useStore(theStore(), selector);
}

/** The store itself, for reading current state inside callbacks without re-rendering. */
export function useAssessmentStoreApi(): AssessmentStoreApi {
  useEffect(start, []);
  return theStore();
}

/** The store's actions; they never change, so reading them does not subscribe to anything. */
export function useAssessmentActions(): AssessmentActions {
  return useAssessmentStoreApi().getState();
}
