/**
 * Results (issue 5): two contrasting teams walked through the real wizard show the risks
 * and bands their answers raise; a "why" Change link leads to the answer and back, and the
 * results follow the change at once.
 */
import { expect, test, type Page } from "@playwright/test";
import { questionnaire } from "@/content/questionnaire";
import { legacyMonolith, statelessService } from "@/content/scenarios/teams";
import { type Answers, type Band, BAND_LABELS, evaluate } from "@/lib/engine";
import { walkTeam } from "./support/answer-questions";
import { pageSettled } from "./support/page-settled";
import { readBandCounts, registerEntries, riskEntry, showing } from "./support/results-page";
import { byId } from "./support/saved-state";
import { seedAssessments } from "./support/seed";

const titleOf = (riskId: string): string => {
  const risk = questionnaire.risks.find((r) => r.id === riskId);
  if (!risk) throw new Error(`No risk ${riskId}`);
  return risk.title;
};
const promptOf = (id: string): string => questionnaire.questions.find((q) => q.id === id)?.prompt ?? id;

/** Bands a reviewer expects for the legacy team (see content/scenarios.test.ts). */
const LEGACY_EXPECTED: Record<string, Band> = {
  "logging.lost-logs": "critical",
  "storage.data-loss-on-reschedule": "critical",
  "app-knowledge.unclean-shutdown": "critical",
  "processes.supervisor-masks-failure": "critical",
  "storage.unrecoverable-data": "high",
  "app-knowledge.signals-lost-as-pid1": "high",
  "security.excess-privilege": "high",
  "logging.unparseable": "medium",
  // Internal teams sharing the cluster with personal data in play (content 2026.12.2).
  "security.cross-tenant-escape": "medium",
  "app-knowledge.daemonising-process": "low",
};
const LEGACY_NOT_RAISED = ["orchestration.etcd-loss", "storage.shared-volume-corruption"];

async function openResults(page: Page): Promise<void> {
  await page.goto("/results");
  await pageSettled(page);
  await expect(page.getByRole("heading", { level: 1, name: "Results" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Summary" })).toBeVisible();
}

async function expectRisk(page: Page, riskId: string, band: Band): Promise<void> {
  const heading = riskEntry(page, riskId).getByRole("heading", { level: 3 });
  await expect(heading).toContainText(titleOf(riskId));
  await expect(heading.locator(".tag--band")).toHaveText(BAND_LABELS[band]);
}

test("two contrasting teams walked through the wizard get the risks their answers raise", async ({ browser }) => {
  const legacyContext = await browser.newContext();
  const legacy = await legacyContext.newPage();
  await walkTeam(legacy, "Legacy claims", legacyMonolith);
  await legacy.getByRole("link", { name: "See results" }).click();
  await expect(legacy).toHaveURL(/\/results$/);
  await expect(legacy.getByRole("heading", { name: "Summary" })).toBeVisible();
  await expect(legacy.getByRole("region", { name: "Summary" })).toContainText("Legacy claims");

  const expected = evaluate(questionnaire, legacyMonolith).results;
  const legacyCounts = await readBandCounts(legacy);
  expect(legacyCounts).toEqual(expected.bandCounts);
  expect(legacyCounts.critical).toBeGreaterThanOrEqual(3);
  await expect(showing(legacy, expected.risks.length, expected.risks.length)).toBeVisible();
  await expect(registerEntries(legacy)).toHaveCount(expected.risks.length);
  for (const [riskId, band] of Object.entries(LEGACY_EXPECTED)) await expectRisk(legacy, riskId, band);
  for (const riskId of LEGACY_NOT_RAISED) await expect(riskEntry(legacy, riskId)).toHaveCount(0);
  // The five most severe lead the summary, critical ones first.
  const top = legacy.getByRole("heading", { name: "The 5 most severe risks" }).locator("+ ol > li");
  await expect(top).toHaveCount(5);
  for (const item of (await top.allInnerTexts()).slice(0, 4)) expect(item).toContain("Critical");
  await legacyContext.close();

  const statelessContext = await browser.newContext();
  const stateless = await statelessContext.newPage();
  await walkTeam(stateless, "Pricing API", statelessService);
  await stateless.getByRole("link", { name: "See results" }).click();
  await expect(stateless).toHaveURL(/\/results$/);
  await expect(stateless.getByRole("region", { name: "Summary" })).toContainText("Pricing API");
  const statelessCounts = await readBandCounts(stateless);
  expect(statelessCounts).toEqual(evaluate(questionnaire, statelessService).results.bandCounts);
  await expect(stateless.getByText("Your answers raise no risks.")).toBeVisible();
  for (const riskId of Object.keys(LEGACY_EXPECTED)) await expect(riskEntry(stateless, riskId)).toHaveCount(0);
  await expect(stateless.getByRole("table", { name: "Risk matrix" })).toBeVisible();
  await statelessContext.close();

  expect(statelessCounts.critical + statelessCounts.high).toBeLessThan(legacyCounts.critical + legacyCounts.high);
  expect(statelessCounts.critical).toBeLessThan(legacyCounts.critical);
});

test("a why Change link leads to the answer, and Continue brings the changed results straight back", async ({ page }) => {
  await seedAssessments(page, [{ name: "Legacy claims", answers: legacyMonolith }]);
  await openResults(page);
  const before = evaluate(questionnaire, legacyMonolith).results;
  expect(await readBandCounts(page)).toEqual(before.bandCounts);
  await expectRisk(page, "logging.lost-logs", "critical");

  const entry = riskEntry(page, "logging.lost-logs");
  const why = entry.getByRole("list").filter({ hasText: promptOf("logging.destination") });
  await expect(why).toContainText("Log files on local disk");
  await expect(why).toContainText("Nothing planned: they stay in the container");
  const change = entry.getByRole("link", { name: `Change your answer to “${promptOf("logging.file-handling")}”` });
  await expect(change).toHaveAttribute("href", "/assess/logging?return=results#q-logging--file-handling");

  await change.click();
  await expect(page).toHaveURL(/\/assess\/logging\?return=results#q-logging--file-handling$/);
  await expect(page.locator(byId("q-logging--file-handling-0"))).toBeFocused();
  await expect(page.locator('input[name="logging__file-handling"][value="nothing"]')).toBeChecked();

  // Writing to a volume lowers the risk to a medium one.
  await page.locator('input[name="logging__file-handling"][value="volume"]').check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/results$/);
  const onVolume: Answers = { ...legacyMonolith, "logging.file-handling": "volume" };
  const middle = evaluate(questionnaire, onVolume).results;
  await expectRisk(page, "logging.lost-logs", "medium");
  await expect(entry.locator(".risk__facts")).toContainText("3 Possible");
  await expect.poll(() => readBandCounts(page)).toEqual(middle.bandCounts);
  expect(middle.bandCounts.critical).toBe(before.bandCounts.critical - 1);

  // Streaming them to stdout removes it altogether.
  await entry.getByRole("link", { name: `Change your answer to “${promptOf("logging.file-handling")}”` }).click();
  await expect(page.locator(byId("q-logging--file-handling-0"))).toBeFocused();
  await page.keyboard.press("Space");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/results$/);
  await expect(page.getByRole("heading", { name: "Summary" })).toBeVisible();
  await expect(entry).toHaveCount(0);
  const after = evaluate(questionnaire, { ...legacyMonolith, "logging.file-handling": "symlink" }).results;
  await expect.poll(() => readBandCounts(page)).toEqual(after.bandCounts);
  await expect(showing(page, after.risks.length, after.risks.length)).toBeVisible();
  expect(after.risks.length).toBe(before.risks.length - 1);
});
