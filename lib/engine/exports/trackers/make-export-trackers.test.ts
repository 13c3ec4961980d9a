/** The tracker imports through makeExport: their file names, types, and what the options change. */
import { describe, expect, it } from "vitest";
import { assess } from "../../assess/assess";
import { fixtureQuestionnaire } from "../../test-fixtures/fixture-questionnaire";
import { makeExport } from "../make-export";
import { hostileAssessment } from "./test-support";

const moment = { now: new Date("2026-04-05T08:00:00Z"), timeZone: "UTC" };
const view = (name: string) => assess(fixtureQuestionnaire, { ...hostileAssessment, name });

describe("makeExport: tracker imports", () => {
  it.each([
    ["jira", "cafe-ops-jira-2026-04-05.csv", "text/csv", /^Issue ID,Issue Type,Summary,/],
    ["azure-boards", "cafe-ops-azure-boards-2026-04-05.csv", "text/csv", /^ID,Work Item Type,Title 1,Title 2,/],
    ["github", "cafe-ops-github-issues-2026-04-05.sh", "text/x-shellscript", /^#!\/bin\/sh\n/],
  ] as const)("%s → %s (%s)", (kind, fileName, mimeType, start) => {
    const file = makeExport(kind, view("Café / Ops"), moment);
    expect(file.fileName).toBe(fileName);
    expect(file.mimeType).toBe(mimeType);
    expect(file.text).toMatch(start);
  });

  it("keeps the tracker in the file name however long the assessment's name is", () => {
    const file = makeExport("github", view("A very long assessment name ".repeat(5)), moment);
    expect(file.fileName).toMatch(/^a-very-long-[a-z-]+-github-issues-2026-04-05\.sh$/);
  });

  it("leaves out done and not-applicable actions unless asked for all", () => {
    const open = makeExport("jira", view("Ops"), moment).text;
    const all = makeExport("jira", view("Ops"), moment, { include: "all" }).text;
    expect(open).not.toContain(",Task,Title of backups,");
    expect(all).toContain(",Task,Title of backups,");
    expect(makeExport("jira", view("Ops"), moment, { include: "open" }).text).toBe(open);
  });
});
