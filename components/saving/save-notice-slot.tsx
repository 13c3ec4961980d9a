"use client";
/**
 * Where the save notice goes on every page. It loads the notice (and with it the store)
 * only when this tab holds work it could not save, so a page that shows no assessment
 * carries neither; a page that does has created the store, which this finds in the registry.
 */
import { lazy, Suspense, useSyncExternalStore } from "react";
import { holdsUnsavedWork, subscribeRegistered } from "@/lib/state/store-registry";

const SaveNotice = lazy(() => import("./save-notice").then((module) => ({ default: module.SaveNotice })));

export function SaveNoticeSlot() {
  const unsaved = useSyncExternalStore(subscribeRegistered, holdsUnsavedWork, () => false);
  return unsaved ? (
    <Suspense fallback={null}>
      <SaveNotice />
    </Suspense>
  ) : null;
}
