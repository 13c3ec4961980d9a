import { describe, expect, it } from "vitest";
import { EMPTY_HISTORY } from "@/lib/engine";
import { createAssessmentStore } from "./assessment-store";
import { MemoryStorage } from "./memory-storage";
import { memoryTabOpen } from "./tab-open";

function setup(storage = new MemoryStorage()) {
  let counter = 0;
  const make = () => {
    const store = createAssessmentStore({
      contentVersion: "2026.11.1",
      history: EMPTY_HISTORY,
      storage: () => storage,
      tabOpen: memoryTabOpen(),
      now: () => new Date("2026-12-01T12:00:00.000Z"),
      newId: () => `id-${++counter}`,
    });
    store.getState().load();
    return store;
  };
  return { store: make(), reopen: make };
}

describe("a programme's change passed on", () => {
  it("writes the new answers into assessments that are not open, saved, and touches no other", () => {
    const { store, reopen } = setup();
    const one = store
      .getState()
      .add({ name: "Orders", contentVersion: "2026.11.1", answers: { "scope.breadth": "one-team" }, decisions: {} });
    const two = store
      .getState()
      .add({ name: "Billing", contentVersion: "2026.11.1", answers: { "scope.breadth": "one-team" }, decisions: {} });
    store.getState().close();
    store.getState().passOn([
      { id: one.id, answers: { "scope.breadth": "many-teams" }, evidence: undefined },
      { id: "gone", answers: {}, evidence: undefined },
    ]);
    const again = reopen().getState().assessments;
    expect(again[one.id]?.answers).toEqual({ "scope.breadth": "many-teams" });
    expect(again[two.id]?.answers).toEqual({ "scope.breadth": "one-team" });
    expect(Object.keys(again)).toHaveLength(2);
  });
});
