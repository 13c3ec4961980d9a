import { describe, expect, it } from "vitest";
import { storeOverMemory } from "./test-store";

const setup = storeOverMemory;

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
