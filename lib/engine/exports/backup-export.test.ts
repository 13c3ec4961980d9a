import { describe, expect, it } from "vitest";
import { EMPTY_HISTORY } from "../share/id-history";
import { fixtureQuestionnaire } from "../test-fixtures/fixture-questionnaire";
import { backupExport } from "./backup-export";
import { parseImport } from "./parse-import";

describe("backupExport", () => {
  const assessment = {
    id: "a1",
    name: "Payments API",
    assessor: "Ada",
    createdAt: "2026-11-01T10:00:00.000Z",
    updatedAt: "2026-11-02T10:00:00.000Z",
    contentVersion: fixtureQuestionnaire.version,
    answers: {},
    decisions: {},
  };

  it("imports back as the same assessment", () => {
    const { text } = backupExport(assessment, new Date("2026-11-30T23:30:00.000Z"), "Europe/Berlin");
    const result = parseImport(text, fixtureQuestionnaire, EMPTY_HISTORY);
    expect(result.ok && result.assessment).toMatchObject({ name: "Payments API", assessor: "Ada", answers: {}, decisions: {} });
  });

  it("carries the risk decisions, and they import back", () => {
    const riskDecisions = {
      "storage.data-loss": { kind: "mitigated" as const, reason: "Managed backups", by: "Ana", decidedOn: "2026-11-02", basis: "0badc0de" },
    };
    const { text } = backupExport({ ...assessment, riskDecisions }, new Date("2026-11-30T23:30:00.000Z"), "Europe/Berlin");
    const result = parseImport(text, fixtureQuestionnaire, EMPTY_HISTORY);
    expect(result.ok && result.assessment.riskDecisions).toEqual(riskDecisions);
  });

  it("is named for the local day", () => {
    expect(backupExport(assessment, new Date("2026-11-30T23:30:00.000Z"), "Europe/Berlin").fileName).toContain("2026-12-01");
  });
});
