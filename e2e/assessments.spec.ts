import { expect, test, type Page } from "@playwright/test";
import { CONTENT_VERSION, questionnaire } from "@/content/questionnaire";
import { legacyMonolith, smallTeamToKubernetes, statelessService } from "@/content/scenarios/teams";
import type { Answers } from "@/lib/engine";
import { recordKey } from "@/lib/state/storage-keys";
import { expectNoAxeViolations } from "./support/axe";
import { downloadExport } from "./support/exports";
import { hostileDecisions } from "./support/hostile";
import { pageSettled } from "./support/page-settled";
import { readAssessments, readOpenId, readStorage, record, seedRecords, sortedAnswers } from "./support/seed-records";

const AREAS = questionnaire.areas.length;

const scopeOnly: Answers = Object.fromEntries(Object.entries(smallTeamToKubernetes).filter(([id]) => id.startsWith("scope.")));

const saved = [
  record({
    id: "legacy",
    name: "Order management",
    answers: legacyMonolith,
    decisions: hostileDecisions,
    updatedAt: "2026-11-20T09:30:00.000Z",
  }),
  record({ id: "pricing", name: "Pricing API", answers: statelessService, updatedAt: "2026-10-05T12:00:00.000Z" }),
  record({ id: "portal", name: "Customer portal", answers: scopeOnly, updatedAt: "2026-09-15T08:00:00.000Z" }),
  record({ id: "empty", name: "Not started yet", updatedAt: "2026-09-01T08:00:00.000Z" }),
];

async function openList(page: Page, openId: string | null = "legacy"): Promise<void> {
  await seedRecords(page, saved, openId);
  await page.goto("/assessments");
  await pageSettled(page);
  await expect(page.getByRole("heading", { name: /^Saved in this browser/ })).toBeVisible();
}

const item = (page: Page, name: string) => page.locator("li.saved-item").filter({ has: page.getByRole("heading", { name, exact: false }) });
const names = (page: Page) =>
  page.locator("li.saved-item h3").evaluateAll((headings) => headings.map((h) => h.firstChild?.textContent?.trim() ?? ""));

test("the saved list shows each assessment’s name, last change, progress and highest band, newest first", async ({ page }) => {
  await openList(page);
  await expect(page.getByRole("heading", { name: "Saved in this browser (4)" })).toBeVisible();
  await expect.poll(() => names(page)).toEqual(["Order management", "Pricing API", "Customer portal", "Not started yet"]);
  // The figures are worked out a few rows at a time.
  const facts = () =>
    page
      .locator("li.saved-item .saved-item__facts")
      .evaluateAll((lists) => lists.map((list) => [...list.querySelectorAll("dd")].map((dd) => dd.textContent?.trim() ?? "")));
  await expect.poll(facts).toEqual([
    ["20 November 2026", `${AREAS} of ${AREAS} areas completed`, "Critical"],
    ["5 October 2026", `${AREAS} of ${AREAS} areas completed`, "No risks"],
    ["15 September 2026", `1 of ${AREAS} areas completed`, "Critical"],
    ["1 September 2026", `0 of ${AREAS} areas completed`, "Not assessed yet"],
  ]);
  await expect(item(page, "Order management").getByText("Open now")).toBeVisible();
  await expect(page.getByText("Open now")).toHaveCount(1);
});

test("rename is validated, duplicate copies, and delete asks first (cancel keeps it)", async ({ page }) => {
  await openList(page);
  await page.getByRole("button", { name: "Rename Pricing API" }).click();
  const field = page.getByLabel("New name");
  await expect(field).toHaveValue("Pricing API");
  await field.fill("   ");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Enter the name of the application or team you are assessing")).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  expect((await readAssessments(page)).find((a) => a.id === "pricing")?.name).toBe("Pricing API");
  await field.fill("Pricing API v2");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByLabel("New name")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Pricing API v2", exact: true })).toBeVisible();
  expect((await readAssessments(page)).find((a) => a.id === "pricing")?.name).toBe("Pricing API v2");

  await page.getByRole("button", { name: "Duplicate Pricing API v2" }).click();
  await expect(page.getByRole("heading", { name: "Saved in this browser (5)" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Copy of Pricing API v2" })).toBeVisible();
  const copy = (await readAssessments(page)).find((a) => a.name === "Copy of Pricing API v2");
  expect(copy?.id).not.toBe("pricing");
  expect(copy?.answers).toEqual(statelessService);

  await page.getByRole("button", { name: "Delete Copy of Pricing API v2" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete “Copy of Pricing API v2”?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("heading", { name: "Saved in this browser (5)" })).toBeVisible();
  expect(await readAssessments(page)).toHaveLength(5);

  await page.getByRole("button", { name: "Delete Copy of Pricing API v2" }).click();
  await dialog.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page.getByRole("heading", { name: "Saved in this browser (4)" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Copy of Pricing API v2" })).toHaveCount(0);
  expect((await readAssessments(page)).map((a) => a.id).sort()).toEqual(["empty", "legacy", "portal", "pricing"]);

  // Renaming is a change, so the renamed one now comes first; all of it survives a reload.
  await page.reload();
  await pageSettled(page);
  await expect.poll(() => names(page)).toEqual(["Pricing API v2", "Order management", "Customer portal", "Not started yet"]);
});

test("open makes an assessment the one in use; start new puts it away without losing anything", async ({ page }) => {
  await openList(page);
  await page.getByRole("button", { name: "Open Pricing API" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { name: "Continue your assessment" })).toBeVisible();
  await expect(page.getByText("You are assessing Pricing API")).toBeVisible();
  expect(await readOpenId(page)).toBe("pricing");

  await page.goto("/assessments");
  await pageSettled(page);
  await expect(item(page, "Pricing API").getByText("Open now")).toBeVisible();
  await page.getByRole("button", { name: "Start a new assessment" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByLabel("What are you assessing?")).toBeVisible();
  expect(await readOpenId(page)).toBeNull();
  expect(await readAssessments(page)).toHaveLength(4);
});

const DUPLICATE = "“Order management” is already saved in this browser";

test("a JSON export of an assessment already saved asks first, then imports as a copy, by file picker and by drop", async ({ page }) => {
  await openList(page);
  await page.goto("/plan");
  await pageSettled(page);
  const exported = await downloadExport(page, "JSON");
  const before = await readStorage(page);

  await page.goto("/assessments");
  await pageSettled(page);
  await page
    .getByLabel("Choose a JSON export, or drop it here")
    .setInputFiles({ name: exported.fileName, mimeType: "application/json", buffer: Buffer.from(exported.text) });
  // The same name, answers and decisions as "Order management": nothing is added until the user says.
  const question = page.getByRole("group", { name: DUPLICATE });
  await expect(question.getByRole("heading", { name: DUPLICATE })).toBeFocused();
  await expect(question).toContainText(
    `“${exported.fileName}” has the same name, answers and plan decisions as the saved “Order management” (last changed 20 November 2026). Nothing has been imported yet.`,
  );
  expect(await readStorage(page)).toEqual(before);
  await expectNoAxeViolations(page);
  await question.getByRole("button", { name: "Import as a copy anyway" }).click();
  const imported = page.getByRole("status").filter({ hasText: "Imported Order management as a second copy. It is in the list above." });
  await expect(imported).toBeVisible();
  await expect(imported).toBeFocused();
  await expect(question).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Saved in this browser (5)" })).toBeVisible();
  const added = (await readAssessments(page)).filter((a) => !saved.some((s) => s.id === a.id));
  expect(added).toHaveLength(1);
  expect(added[0]).toMatchObject({ name: "Order management", decisions: hostileDecisions, contentVersion: CONTENT_VERSION });
  expect(sortedAnswers(added[0]?.answers ?? {})).toEqual(sortedAnswers(legacyMonolith));
  // Nothing saved before was replaced, and the open assessment is still the open one.
  const after = await readStorage(page);
  for (const a of saved) expect(after[recordKey(a.id)]).toBe(before[recordKey(a.id)]);
  expect(await readOpenId(page)).toBe("legacy");

  const zone = page.locator(".drop-zone");
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], "dropped.json", { type: "application/json" }));
    return data;
  }, exported.text);
  await zone.dispatchEvent("dragover", { dataTransfer: transfer });
  await expect(zone).toHaveClass(/drop-zone--active/);
  await zone.dispatchEvent("drop", { dataTransfer: transfer });
  await expect(zone).not.toHaveClass(/drop-zone--active/);
  await expect(question).toContainText("“dropped.json” has the same name");
  await question.getByRole("button", { name: "Import as a copy anyway" }).click();
  await expect(page.getByRole("heading", { name: "Saved in this browser (6)" })).toBeVisible();
  expect((await readAssessments(page)).filter((a) => a.name === "Order management")).toHaveLength(3);
});

/** A JSON export of the saved "Pricing API", written out as the tool writes one. */
const pricingExport = (name = "Pricing API"): string =>
  JSON.stringify({
    format: "know-before-you-deploy/assessment",
    formatVersion: 1,
    exportedAt: "2026-11-20T09:30:00.000Z",
    contentVersion: CONTENT_VERSION,
    assessment: {
      name,
      createdAt: "2026-10-05T12:00:00.000Z",
      updatedAt: "2026-10-05T12:00:00.000Z",
      answers: statelessService,
      decisions: {},
    },
  });

test("a duplicate import can open the saved one instead, or be dropped; a different one imports without asking", async ({ page }) => {
  await openList(page);
  const before = await readStorage(page);
  const input = page.getByLabel("Choose a JSON export, or drop it here");
  const question = page.getByRole("group", { name: "“Pricing API” is already saved in this browser" });

  await input.setInputFiles({ name: "pricing.json", mimeType: "application/json", buffer: Buffer.from(pricingExport()) });
  await question.getByRole("button", { name: "Do not import" }).click();
  const kept = page.getByRole("status").filter({ hasText: "“pricing.json” was not imported. Nothing has changed." });
  await expect(kept).toBeFocused();
  expect(await readStorage(page)).toEqual(before);

  await input.setInputFiles({ name: "pricing.json", mimeType: "application/json", buffer: Buffer.from(pricingExport()) });
  await question.getByRole("button", { name: "Open the saved one" }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(await readOpenId(page)).toBe("pricing");
  expect(await readAssessments(page)).toHaveLength(4);

  await page.goto("/assessments");
  await pageSettled(page);
  await page
    .getByLabel("Choose a JSON export, or drop it here")
    .setInputFiles({ name: "renamed.json", mimeType: "application/json", buffer: Buffer.from(pricingExport("Pricing API v2")) });
  await expect(page.getByRole("status").filter({ hasText: "Imported Pricing API v2. It is in the list above." })).toBeVisible();
  await expect(page.getByRole("group", { name: /is already saved/ })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Saved in this browser (5)" })).toBeVisible();
});

test("a file over 1 MB is refused by its size, before it is read, with the message tied to the file field", async ({ page }) => {
  await page.addInitScript(() => {
    // Counts reads of any file's contents, to prove the large one is never read.
    const read = Blob.prototype.text;
    const counter = window as unknown as { fileReads: number };
    counter.fileReads = 0;
    Blob.prototype.text = function text(this: Blob) {
      counter.fileReads += 1;
      return read.call(this);
    };
  });
  await openList(page);
  const before = await readStorage(page);
  const input = page.getByLabel("Choose a JSON export, or drop it here");
  await input.setInputFiles({ name: "huge.json", mimeType: "application/json", buffer: Buffer.alloc(1_200_000, " ") });
  const alert = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "“huge.json” could not be imported" }) });
  await expect(alert.getByRole("listitem")).toHaveText([
    "The file is 1.2 MB, larger than any export this tool makes (the limit is 1 MB). Choose a file made with “Download JSON”.",
  ]);
  await expect(input).toHaveAttribute("aria-invalid", "true");
  await expect(input).toHaveAccessibleDescription(/could not be imported.*larger than any export this tool makes/);
  expect(await page.evaluate(() => (window as unknown as { fileReads: number }).fileReads)).toBe(0);
  expect(await readStorage(page)).toEqual(before);
  await expectNoAxeViolations(page);

  // A good file afterwards clears the error from the field.
  await input.setInputFiles({ name: "renamed.json", mimeType: "application/json", buffer: Buffer.from(pricingExport("Pricing API v2")) });
  await expect(page.getByRole("status").filter({ hasText: "Imported Pricing API v2." })).toBeVisible();
  await expect(input).not.toHaveAttribute("aria-invalid");
  expect(await page.evaluate(() => (window as unknown as { fileReads: number }).fileReads)).toBe(1);
});

test("an invalid file is refused with its problems in plain words, and nothing is added", async ({ page }) => {
  await openList(page);
  const before = await readStorage(page);
  const valid = {
    format: "know-before-you-deploy/assessment",
    formatVersion: 1,
    exportedAt: "2026-11-20T09:30:00.000Z",
    contentVersion: CONTENT_VERSION,
    assessment: {
      name: "Pricing API",
      createdAt: "2026-11-20T09:30:00.000Z",
      updatedAt: "2026-11-20T09:30:00.000Z",
      answers: statelessService,
      decisions: {},
    },
  };
  const cases = [
    { name: "notes.txt", text: "Pricing API, done", errors: ["The file is not JSON. Choose a file made with “Download JSON”."] },
    {
      name: "package.json",
      text: JSON.stringify({ name: "pricing-api", version: "1.0.0" }),
      errors: ["The file is JSON, but not an export from this tool (its “format” is missing or different)."],
    },
    {
      name: "edited.json",
      text: JSON.stringify({ ...valid, assessment: { ...valid.assessment, createdAt: "last Tuesday", updatedAt: undefined } }),
      errors: [/^At “assessment › createdAt”: .+\.$/, "At “assessment › updatedAt”: this field is missing."],
    },
  ];
  const input = page.getByLabel("Choose a JSON export, or drop it here");
  for (const { name, text, errors } of cases) {
    await input.setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
    const alert = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: `“${name}” could not be imported` }) });
    await expect(alert).toBeVisible();
    await expect(alert.getByRole("listitem")).toHaveText(errors);
    await expect(page.getByRole("heading", { name: "Saved in this browser (4)" })).toBeVisible();
    expect(await readStorage(page)).toEqual(before);
  }
  await expectNoAxeViolations(page);
});
