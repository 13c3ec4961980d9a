/** All the decisions in one ZIP file: the decision log and each record, exactly as exported one by one. */
import { describe, expect, it } from "vitest";
import { adrArchive, decisionLog, wallClock } from "./adr-archive";
import { decidedView, MOMENT, viewWith } from "./decisions-fixture";
import { adrFor } from "./madr";
import { readZip } from "./read-zip";

const INDEX = `# Risk decisions

From the assessment “Payments API” (questionnaire 2026.1.1), exported 2026-12-02. Each risk the team accepted or mitigated another way, as a Markdown Architectural Decision Record (MADR).

| Number | Decision | Status | Date |
| --- | --- | --- | --- |
| 0001 | [Accept the risk: Regulated data in shared containers](0001-accept-the-risk-regulated-data-in-shared-containers.md) | deprecated | 2026-10-01 |
| 0002 | [Mitigate another way: Building tools nobody can run](0002-mitigate-another-way-building-tools-nobody-can-run.md) | accepted (review due) | 2026-11-15 |
| 0003 | [Accept the risk: Data is lost with the container](0003-accept-the-risk-data-is-lost-with-the-container.md) | accepted | 2026-12-01 |
`;

const decoder = new TextDecoder("utf-8", { fatal: true });

describe("adrArchive", () => {
  const archive = adrArchive(decidedView, MOMENT);
  const entries = readZip(archive.bytes);

  it("is a ZIP named for the assessment and the local day, counting the records", () => {
    expect(archive.fileName).toBe("payments-api-decisions-2026-12-02.zip");
    expect(archive.mimeType).toBe("application/zip");
    expect(archive.count).toBe(3);
  });

  it("holds the decision log first, then every record in number order, in a decisions folder", () => {
    expect(entries.map((entry) => entry.name)).toEqual([
      "decisions/index.md",
      "decisions/0001-accept-the-risk-regulated-data-in-shared-containers.md",
      "decisions/0002-mitigate-another-way-building-tools-nobody-can-run.md",
      "decisions/0003-accept-the-risk-data-is-lost-with-the-container.md",
    ]);
    expect(decoder.decode(entries[0]?.data)).toBe(INDEX);
  });

  it("holds each record exactly as the single export writes it", () => {
    for (const id of ["security.compliance-gap", "scope.tool-sprawl", "storage.data-loss"]) {
      const single = adrFor(decidedView, id, MOMENT);
      const entry = entries.find((e) => e.name === `decisions/${single.fileName}`);
      expect(entry && decoder.decode(entry.data), id).toBe(single.text);
    }
  });

  it("dates the files by the user's clock, not UTC's", () => {
    // 23:30 UTC is 00:30 the next day in Berlin.
    expect(wallClock(MOMENT.now, MOMENT.timeZone).toISOString()).toBe("2026-12-02T00:30:00.000Z");
    expect(wallClock(MOMENT.now, "Not/A_Zone").toISOString()).toBe("2026-12-01T23:30:00.000Z");
    for (const entry of entries) {
      expect(entry.date).toBe(((2026 - 1980) << 9) | (12 << 5) | 2);
      expect(entry.time).toBe(30 << 5);
    }
  });

  it("with no decisions, holds a log that says so", () => {
    const empty = adrArchive(viewWith({}), MOMENT);
    expect(empty.count).toBe(0);
    expect(readZip(empty.bytes).map((entry) => entry.name)).toEqual(["decisions/index.md"]);
    expect(decisionLog(viewWith({}), MOMENT)).toContain("No risk decisions yet.");
  });

  it("keeps “decisions” in the file name however long the assessment's name", () => {
    const view = { ...decidedView, assessment: { ...decidedView.assessment, name: "A very long name ".repeat(10) } };
    expect(adrArchive(view, MOMENT).fileName).toMatch(/^a-very-long-name[a-z-]*-decisions-2026-12-02\.zip$/);
  });
});
