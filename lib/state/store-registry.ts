/**
 * Where the page's assessment store can be found without loading it. The store and its
 * validation load only on pages that show an assessment; pages that do not (guides, not
 * found) still show the save notice when the tab holds unsaved work, by looking here.
 * Type imports only, so this costs nothing to load.
 */
import type { AssessmentStoreApi } from "./assessment-store";

let registered: AssessmentStoreApi | null = null;
const listeners = new Set<() => void>();

export function registerStore(store: AssessmentStoreApi): void {
  registered = store;
  for (const listener of listeners) listener();
}

/** The store, once a page has created it; null until then. */
export function registeredStore(): AssessmentStoreApi | null {
  return registered;
}

/** Calls back when a store is registered and whenever its state changes. */
export function subscribeRegistered(listener: () => void): () => void {
  listeners.add(listener);
  let unsubscribeStore = registered?.subscribe(listener);
  const onRegister = () => {
    unsubscribeStore?.();
    unsubscribeStore = registered?.subscribe(listener);
  };
  listeners.add(onRegister);
  return () => {
    listeners.delete(listener);
    listeners.delete(onRegister);
    unsubscribeStore?.();
  };
}

/** Whether the tab holds work that is not saved, or cannot save at all. */
export function holdsUnsavedWork(): boolean {
  const state = registered?.getState();
  return state !== undefined && (Object.keys(state.unsaved).length > 0 || !state.storageAvailable);
}
