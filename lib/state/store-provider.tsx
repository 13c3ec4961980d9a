"use client";
/**
 * Provides one assessment store to the whole app and reads saved state after the first
 * render. Also follows other tabs: when another tab saves, this one re-reads.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { useStore } from "zustand";
import { createAssessmentStore, type AssessmentActions, type AssessmentStore, type AssessmentStoreApi } from "./assessment-store";
import { isOurKey } from "./storage-keys";

const StoreContext = createContext<AssessmentStoreApi | null>(null);

export function StoreProvider({ contentVersion, children }: { contentVersion: string; children: ReactNode }) {
  const [store] = useState(() => createAssessmentStore({ contentVersion }));

  useEffect(() => {
    const markHydrated = () => store.setState({ hydrated: true });
    void Promise.resolve(store.persist.rehydrate()).finally(markHydrated);
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || isOurKey(event.key)) void store.persist.rehydrate();
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
