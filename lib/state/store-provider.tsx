"use client";
/**
 * Provides one assessment store to the whole app and reads saved state after the first
 * render. Also follows other tabs: when another tab saves a record, this one re-reads
 * that record (and only that one).
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { useStore } from "zustand";
import type { IdHistory } from "@/lib/engine";
import { createAssessmentStore, type AssessmentActions, type AssessmentStore, type AssessmentStoreApi } from "./assessment-store";
import { isOurKey } from "./storage-keys";
import { sessionTabOpen } from "./tab-open";

const StoreContext = createContext<AssessmentStoreApi | null>(null);

function sessionIfAllowed(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

export function StoreProvider({ contentVersion, history, children }: { contentVersion: string; history: IdHistory; children: ReactNode }) {
  const [store] = useState(() => createAssessmentStore({ contentVersion, history, tabOpen: sessionTabOpen(sessionIfAllowed) }));

  useEffect(() => {
    store.getState().load();
    const onStorage = (event: StorageEvent) => {
      // Only localStorage is shared between tabs; sessionStorage events are this tab's own.
      if (event.storageArea !== null && event.storageArea !== window.localStorage) return;
      if (event.key === null || isOurKey(event.key)) store.getState().sync(event.key);
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [store]);

  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useAssessmentStore<T>(selector: (state: AssessmentStore) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useAssessmentStore must be used inside <StoreProvider>.");
  return useStore(store, selector);
}

/** The store itself, for reading current state inside callbacks without re-rendering. */
export function useAssessmentStoreApi(): AssessmentStoreApi {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useAssessmentStoreApi must be used inside <StoreProvider>.");
  return store;
}

/** The store's actions; they never change, so reading them does not subscribe to anything. */
export function useAssessmentActions(): AssessmentActions {
  return useAssessmentStoreApi().getState();
}
