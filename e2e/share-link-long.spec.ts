/**
 * A result link stays short enough to paste: when the plan's notes would make it unwieldy,
 * the link keeps every decision's status but leaves the text out, and says so.
 */
import { expect, test } from "@playwright/test";
import { legacyMonolith } from "@/content/scenarios/teams";
import { pageSettled } from "./support/page-settled";
import { seedAssessments } from "./support/seed";

const LONG_NOTE = "A long note about this action. ".repeat(30).trim();
const ACTIONS = ["agree-goals-and-measures", "choose-pilot-service", "build-images-in-ci", "registry-with-policies", "log-to-stdout"];

test("a link with long notes leaves the notes out, says so, and still opens with every status", async ({ page, browser }) => {
  const decisions = Object.fromEntries(ACTIONS.map((id) => [id, { status: "done" as const, person: "Ada", note: LONG_NOTE }]));
  await seedAssessments(page, [{ name: "Long notes", answers: legacyMonolith, decisions }]);
  await page.goto("/plan");
  await pageSettled(page);
  await page.getByRole("button", { name: "Copy result link" }).click();
  await expect(page.getByText("The notes, names and reasons on plan actions were left out")).toBeVisible();
  const link = await page.locator("#result-link").inputValue();
  expect(link.length).toBeLessThan(2000);

  const fresh = await browser.newPage();
  await fresh.goto(link);
  await pageSettled(fresh);
  await expect(fresh.getByRole("heading", { name: "You are looking at someone else’s assessment" })).toBeVisible();
  for (const id of ACTIONS) await expect(fresh.locator(`[id="action-${id}"]`)).toContainText("Done");
  await expect(fresh.getByText(LONG_NOTE)).toHaveCount(0);
  await fresh.close();
});
