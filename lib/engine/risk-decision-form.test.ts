import { describe, expect, it } from "vitest";
import { checkRiskDecisionForm, type RiskDecisionInput } from "./risk-decision-form";

const TODAY = "2026-12-01";
const ACCEPT: RiskDecisionInput = { kind: "accepted", reason: "Internal users only", by: "Ana Silva", reviewOn: "2027-03-01" };

describe("the risk decision form", () => {
  it("passes a complete acceptance, its texts cleaned", () => {
    expect(checkRiskDecisionForm({ ...ACCEPT, reason: "  Internal users only\u200B ", by: " Ana Silva " }, TODAY)).toEqual({
      ok: true,
      values: { kind: "accepted", reason: "Internal users only", by: "Ana Silva", reviewOn: "2027-03-01" },
    });
  });

  it("asks an acceptance for its reason, who accepted it and a review day after today", () => {
    expect(checkRiskDecisionForm({ kind: "accepted", reason: " ", by: "\u200B", reviewOn: "" }, TODAY)).toEqual({
      ok: false,
      errors: {
        reason: { message: "Say why the team accepts this risk", type: "custom" },
        by: { message: "Say who accepted the risk", type: "custom" },
        reviewOn: { message: "Choose a day to review this decision", type: "custom" },
      },
    });
    for (const day of [TODAY, "2026-11-30"]) {
      expect(checkRiskDecisionForm({ ...ACCEPT, reviewOn: day }, TODAY)).toMatchObject({
        ok: false,
        errors: { reviewOn: { message: "The review day must be after today (2026-12-01)" } },
      });
    }
    expect(checkRiskDecisionForm({ ...ACCEPT, reviewOn: "2027-02-30" }, TODAY)).toMatchObject({
      ok: false,
      errors: { reviewOn: { message: "Enter the review day as a date, for example 2027-03-31" } },
    });
  });

  it("asks a mitigation only how, with who and a review day optional", () => {
    expect(checkRiskDecisionForm({ kind: "mitigated", reason: "", by: "", reviewOn: "" }, TODAY)).toEqual({
      ok: false,
      errors: { reason: { message: "Say how the risk is mitigated instead", type: "custom" } },
    });
    expect(checkRiskDecisionForm({ kind: "mitigated", reason: "Vendor-managed backups", by: "", reviewOn: "" }, TODAY)).toEqual({
      ok: true,
      values: { kind: "mitigated", reason: "Vendor-managed backups", by: "", reviewOn: "" },
    });
  });

  it("reads a radio group with nothing chosen (null from the form) as no choice, and asks for everything", () => {
    const result = checkRiskDecisionForm({ kind: null, reason: "", by: "", reviewOn: "" }, TODAY);
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.errors)).toEqual(["kind", "reason"]);
  });

  it("asks for a choice first, and holds texts to their limits, counting an emoji as one", () => {
    expect(checkRiskDecisionForm({ ...ACCEPT, kind: "" }, TODAY)).toEqual({
      ok: false,
      errors: { kind: { message: "Choose whether the team accepts the risk or mitigates it another way", type: "custom" } },
    });
    expect(checkRiskDecisionForm({ ...ACCEPT, reason: "😀".repeat(1000) }, TODAY).ok).toBe(true);
    expect(checkRiskDecisionForm({ ...ACCEPT, reason: "x".repeat(1001), by: "y".repeat(81) }, TODAY)).toEqual({
      ok: false,
      errors: {
        reason: { message: "The reason must be 1000 characters or fewer", type: "too_big" },
        by: { message: "The name must be 80 characters or fewer", type: "too_big" },
      },
    });
  });
});
