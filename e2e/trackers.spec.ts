import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { legacyMonolith } from "@/content/scenarios/teams";
import { expectNoAxeViolations } from "./support/axe";
import { downloadExport, parseCsv, planOnPage } from "./support/exports";
import { pageSettled } from "./support/page-settled";
import { seedAssessments } from "./support/seed";

test("the plan downloads as Jira, Azure Boards and GitHub import files, one item per action under its phase", async ({ page }) => {
  await seedAssessments(page, [{ name: "Claims platform", answers: legacyMonolith, decisions: { "pick-pilot": { status: "done" } } }]);
  await page.goto("/plan");
  await pageSettled(page);
  const plan = await planOnPage(page);
  await page.getByText("Send the plan to a tracker (Jira, Azure Boards, GitHub)").click();
  await expectNoAxeViolations(page);

  // Only the actions still to do, by default.
  const jira = await downloadExport(page, "Jira CSV");
  expect(jira.fileName).toMatch(/^claims-platform-jira-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parseCsv(jira.text);
  const header = rows[0] ?? [];
  expect(header.slice(0, 7)).toEqual(["Issue ID", "Issue Type", "Summary", "Description", "Priority", "Parent", "Original Estimate"]);
  const tasks = rows.slice(1).filter((row) => row[1] === "Task");
  expect(tasks.map((row) => row[2])).toEqual(plan.filter((action) => action.id !== "pick-pilot").map((action) => action.title));
  const epics = new Set(
    rows
      .slice(1)
      .filter((row) => row[1] === "Epic")
      .map((row) => row[0]),
  );
  for (const task of tasks) expect(epics.has(task[5] ?? "")).toBe(true);

  // All, with done marked.
  await page.getByLabel("All, with done and not applicable marked").check();
  const azure = parseCsv((await downloadExport(page, "Azure Boards CSV")).text);
  expect(azure[0]).toEqual(["ID", "Work Item Type", "Title 1", "Title 2", "Description", "Priority", "Tags"]);
  expect(azure.slice(1).filter((row) => row[1] === "User Story")).toHaveLength(plan.length);

  const github = await downloadExport(page, "GitHub CLI script");
  expect(github.fileName).toMatch(/^claims-platform-github-issues-\d{4}-\d{2}-\d{2}\.sh$/);
  const script = join(mkdtempSync(join(tmpdir(), "kbyd-gh-")), github.fileName);
  writeFileSync(script, github.text);
  // Valid POSIX shell, and one issue per action.
  execFileSync("sh", ["-n", script]);
  expect(github.text.match(/^url=\$\(gh issue create /gm)).toHaveLength(plan.length);
});
