/**
 * Saved records as other builds and other hands leave them: a record from a newer build,
 * ids that are also JavaScript's own property names, and ids renamed since they were saved.
 */
import { expect, test } from "@playwright/test";
import { RECORD_VERSION } from "@/lib/engine";
import { QUARANTINE_PREFIX, recordKey } from "@/lib/state/storage-keys";
import { choice } from "./support/fields";
import { pageSettled } from "./support/page-settled";
import { readStorage, record } from "./support/seed-records";
import { seedRecords } from "./support/seed";

test("a record written by a newer build is left untouched beside an older tab, with “reload to update”", async ({ page }) => {
  const future = JSON.stringify({ version: RECORD_VERSION + 1, assessment: { name: "From next week", shape: "not this build's" } });
  await seedRecords(page, [record({ id: "today", name: "Today's service" })], "today");
  // The script runs in the page, so the key comes in beside the text.
  await page.addInitScript(
    ([key, text]) => {
      if (!localStorage.getItem(key)) localStorage.setItem(key, text);
    },
    [recordKey("future"), future] as const,
  );
  await page.goto("/");
  await pageSettled(page);
  const notice = page.getByRole("status").filter({ has: page.getByRole("heading", { name: "Reload to update this app" }) });
  await expect(notice).toContainText("“From next week”");
  await expect(page.getByRole("heading", { name: "Some saved data could not be read" })).toHaveCount(0);

  await page.goto("/assess/scope");
  await pageSettled(page);
  await choice(page, "scope.breadth", "one-team").check();
  await page.goto("/assessments");
  await pageSettled(page);
  await expect(page.getByRole("heading", { name: "Saved in this browser (1)" })).toBeVisible();
  const stored = await readStorage(page);
  expect(stored[recordKey("future")]).toBe(future);
  expect(Object.keys(stored).filter((key) => key.startsWith(QUARANTINE_PREFIX))).toEqual([]);
});

test("ids such as __proto__ and constructor in storage neither crash a page nor resist deletion", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await seedRecords(
    page,
    [record({ id: "__proto__", name: "Proto record" }), record({ id: "constructor", name: "Constructor record" })],
    "toString",
  );
  for (const path of ["/", "/assess/scope", "/results", "/plan", "/assessments"]) {
    await page.goto(path);
    await pageSettled(page);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "Saved in this browser (2)" })).toBeVisible();
  await page.getByRole("button", { name: "Delete Proto record" }).click();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page.getByRole("heading", { name: "Saved in this browser (1)" })).toBeVisible();
  await page.getByRole("button", { name: "Open Constructor record", exact: true }).click();
  await expect(page.getByText("You are assessing Constructor record.")).toBeVisible();
  const stored = await readStorage(page);
  expect(stored[recordKey("__proto__")]).toBeUndefined();
  expect(stored[recordKey("constructor")]).toBeDefined();
  expect(errors).toEqual([]);
});

test("an answer saved under an id renamed since (2026.11.1's “unknown”) opens under its new id", async ({ page }) => {
  const old = {
    ...record({ id: "old", name: "Saved last month", answers: { "app-knowledge.dependencies": "unknown" } }),
    contentVersion: "2026.11.1",
  };
  await seedRecords(page, [old], "old");
  // The visit that brings the record up to date says so, once.
  await page.goto("/");
  await pageSettled(page);
  await expect(page.getByRole("status").filter({ hasText: "Brought up to date" })).toContainText(
    "“Saved last month” was saved with questionnaire version 2026.11.1 and now uses the current one",
  );
  await page.goto("/assess/app-knowledge");
  await pageSettled(page);
  await expect(choice(page, "app-knowledge.dependencies", "unmapped")).toBeChecked();
  await page.goto("/assess/review");
  await pageSettled(page);
  await expect(page.getByText("No: we would find out by turning things off")).toBeVisible();
  await expect(page.getByText("unknown", { exact: true })).toHaveCount(0);
  const saved = JSON.parse((await readStorage(page))[recordKey("old")] ?? "{}") as { assessment: { answers: unknown } };
  expect(saved.assessment.answers).toEqual({ "app-knowledge.dependencies": "unmapped" });
});
