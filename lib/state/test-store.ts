/**
 * For tests: a store over one in-memory storage, with a fixed clock and counted ids, and a
 * way to open a second store on the same storage (a reload, or another tab).
 */
import { EMPTY_HISTORY } from "@/lib/engine";
import { createAssessmentStore } from "./assessment-store";
import { MemoryStorage } from "./memory-storage";
import { memoryTabOpen } from "./tab-open";

export const TEST_STAMP = "2026-12-01T12:00:00.000Z";

export function storeOverMemory(storage = new MemoryStorage()) {
  let counter = 0;
  const make = () => {
    const store = createAssessmentStore({
      contentVersion: "2026.11.1",
      history: EMPTY_HISTORY,
      storage: () => storage,
      tabOpen: memoryTabOpen(),
      now: () => new Date(TEST_STAMP),
      newId: () => `id-${++counter}`,
    });
    store.getState().load();
    return store;
  };
  return { store: make(), reopen: make };
}
