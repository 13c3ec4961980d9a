import { expect, test, type Page } from "@playwright/test";
import { statelessService } from "@/content/scenarios/teams";
import { pageSettled } from "./support/page-settled";
import { resultLink } from "./support/result-link";
import { record, seedRecords } from "./support/seed-records";

/** Half an hour before midnight UTC on 30 November: already 1 December east of UTC. */
const LATE_UTC = "2026-11-30T23:30:00.000Z";
/** Two in the morning UTC on 1 December: still 30 November west of UTC. */
const EARLY_UTC = "2026-12-01T02:00:00.000Z";

async function seeOwnDates(page: Page, updatedAt: string, day: string): Promise<void> {
  await seedRecords(page, [record({ id: "mine", name: "Pricing API", answers: statelessService, updatedAt })], "mine");
  await page.goto("/assessments");
  await pageSettled(page);
  await expect(page.locator("li.saved-item dd").first()).toHaveText(day);
  await page.goto("/results");
  await pageSettled(page);
  await expect(page.locator("#summary-title + p time")).toHaveText(day);
  await page.goto("/compare");
  await pageSettled(page);
  await expect(page.getByLabel("A saved assessment").first().locator("option").nth(1)).toHaveText(`Pricing API — ${day}`);
}

/** A result link carries only the day (1 December here): every reader sees that day. */
async function seeLinkDay(page: Page): Promise<void> {
  await page.goto(resultLink(record({ name: "Their service", answers: statelessService, updatedAt: "2026-12-01T12:00:00.000Z" })));
  await pageSettled(page);
  await expect(page.locator(".shared-banner time")).toHaveText("1 December 2026");
  await expect(page.locator("#summary-title + p time")).toHaveText("1 December 2026");
}

test.describe("in Tokyo (UTC+9)", () => {
  test.use({ timezoneId: "Asia/Tokyo" });

  test("a change just before midnight UTC shows as the next day, the local one", async ({ page }) => {
    await seeOwnDates(page, LATE_UTC, "1 December 2026");
  });

  test("a shared link shows the day it carries", async ({ page }) => {
    await seeLinkDay(page);
  });
});

test.describe("in Los Angeles (UTC−8)", () => {
  test.use({ timezoneId: "America/Los_Angeles" });

  test("a change just after midnight UTC shows as the day before, the local one", async ({ page }) => {
    await seeOwnDates(page, EARLY_UTC, "30 November 2026");
  });

  test("a shared link shows the day it carries, not the day before", async ({ page }) => {
    await seeLinkDay(page);
  });
});

test.describe("a link made in Berlin (UTC+1) just after local midnight", () => {
  test.use({ timezoneId: "Europe/Berlin" });

  test("carries the sender's day, not the UTC day before", async ({ page }) => {
    await seedRecords(page, [record({ id: "late", name: "Late change", answers: statelessService, updatedAt: LATE_UTC })], "late");
    await page.goto("/results");
    await pageSettled(page);
    await page.getByRole("button", { name: "Copy result link" }).click();
    const link = await page.getByLabel("Result link").inputValue();
    await page.goto(link);
    await pageSettled(page);
    await expect(page.locator(".shared-banner time")).toHaveText("1 December 2026");
  });
});
