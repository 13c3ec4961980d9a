import { describe, expect, it } from "vitest";
import { storeOverMemory } from "./test-store";
import type { RiskDecision } from "@/lib/engine";

const setup = storeOverMemory;

const ACCEPTED: RiskDecision = {
  kind: "accepted",
  reason: "  Internal users only; a day's outage is tolerable  ",
  by: " Ana Silva ",
  reviewOn: "2027-03-01",
  decidedOn: "2026-12-01",
  basis: "0a1b2c3d",
};

describe("decisions on risks", () => {
  it("are saved with their texts trimmed, survive a reload, and can be taken back", () => {
    const { store, reopen } = setup();
    const { id } = store.getState().start({ name: "Claims" });
    store.getState().decideRisk("storage.data-loss", ACCEPTED);
    store.getState().decideRisk("logging.lost", {
      kind: "mitigated",
      reason: "Vendor agent ships logs",
      by: "",
      decidedOn: "2026-12-01",
      basis: "ffff0000",
    });
    const again = reopen();
    expect(again.getState().assessments[id]?.riskDecisions).toEqual({
      "storage.data-loss": { ...ACCEPTED, reason: "Internal users only; a day's outage is tolerable", by: "Ana Silva" },
      "logging.lost": { kind: "mitigated", reason: "Vendor agent ships logs", decidedOn: "2026-12-01", basis: "ffff0000" },
    });
    store.getState().decideRisk("storage.data-loss", undefined);
    store.getState().decideRisk("logging.lost", undefined);
    expect(reopen().getState().assessments[id]).not.toHaveProperty("riskDecisions");
  });

  it("cut an over-long reason to the limit rather than lose the record", () => {
    const { store, reopen } = setup();
    const { id } = store.getState().start({ name: "Claims" });
    store.getState().decideRisk("storage.data-loss", { ...ACCEPTED, reason: "r".repeat(1200) });
    expect(reopen().getState().assessments[id]?.riskDecisions?.["storage.data-loss"]?.reason).toHaveLength(1000);
  });

  it("do nothing with no assessment open", () => {
    const { store } = setup();
    store.getState().decideRisk("storage.data-loss", ACCEPTED);
    expect(store.getState().assessments).toEqual({});
  });
});
