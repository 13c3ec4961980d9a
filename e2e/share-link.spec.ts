import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { legacyMonolith, statelessService } from "@/content/scenarios/teams";
import { RECORD_PREFIX, recordKey } from "@/lib/state/storage-keys";
import { expectNoAxeViolations } from "./support/axe";
import { bandCountsOnPage, planOnPage, risksOnPage } from "./support/exports";
import { DONE_ACTION, HOSTILE, hostileDecisions, NOT_APPLICABLE_ACTION } from "./support/hostile";
import { pageSettled } from "./support/page-settled";
import { resultLink, resultLinkPayload } from "./support/result-link";
import { seedAssessments } from "./support/seed";
import { readAssessments, readOpenId, readStorage, record, sortedAnswers } from "./support/seed-records";

const NAME_30 = "Order management platform (EU)";
const BANNER = "You are looking at someone else’s assessment";

/** Console errors and uncaught exceptions, collected for the whole test. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("dialog", (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return errors;
}

/**
 * The app's Permissions-Policy refuses clipboard-read (it only ever writes), so the test
 * reads the clipboard from a stand-in page of the same origin served without that policy.
 */
async function readClipboard(context: BrowserContext, baseURL: string | undefined): Promise<string> {
  const reader = await context.newPage();
  try {
    await reader.route("**/clipboard-reader", (route) => route.fulfill({ contentType: "text/html", body: "<title>reader</title>" }));
    await reader.goto(`${baseURL}/clipboard-reader`);
    await reader.bringToFront();
    // Read, then empty it, so the next read proves a new copy.
    return await reader.evaluate(async () => {
      const text = await navigator.clipboard.readText();
      await navigator.clipboard.writeText("");
      return text;
    });
  } finally {
    await reader.close();
  }
}

async function copyLink(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Copy result link" }).click();
  const field = page.getByLabel("Result link");
  await expect(field).toHaveValue(/\/shared#/);
  return field.inputValue();
}

test("“Copy result link” on the results and the plan copies the same short /shared link", async ({ page, context, baseURL }) => {
  expect(NAME_30).toHaveLength(30);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await seedAssessments(page, [{ name: NAME_30, answers: legacyMonolith, decisions: { [DONE_ACTION]: { status: "done" } } }]);
  await page.goto("/results");
  await pageSettled(page);
  const fromResults = await copyLink(page);
  await expect(page.getByText("Result link copied.", { exact: false })).toBeVisible();
  expect(await readClipboard(context, baseURL)).toBe(fromResults);
  expect(fromResults).toMatch(new RegExp(`^${baseURL}/shared#[A-Za-z0-9_-]+$`));
  expect(fromResults.length).toBeLessThan(200);

  await page.bringToFront();
  await page.goto("/plan");
  await pageSettled(page);
  expect(await copyLink(page)).toBe(fromResults);
  await expect(page.getByText("Result link copied.", { exact: false })).toBeVisible();
  expect(await readClipboard(context, baseURL)).toBe(fromResults);
});

test("a result link opened in a fresh browser shows the same results and plan, read-only and marked as someone else’s", async ({
  page,
  browser,
}) => {
  await seedAssessments(page, [{ name: HOSTILE.name, answers: legacyMonolith, decisions: hostileDecisions }]);
  await page.goto("/results");
  await pageSettled(page);
  const bands = await bandCountsOnPage(page);
  const risks = await risksOnPage(page);
  await page.goto("/plan");
  await pageSettled(page);
  const plan = await planOnPage(page);
  const link = await copyLink(page);

  const fresh = await browser.newContext();
  const recipient = await fresh.newPage();
  const errors = collectErrors(recipient);
  await recipient.goto(link);
  await pageSettled(recipient);
  await expect(recipient.getByRole("heading", { name: BANNER })).toBeVisible();
  await expect(recipient.locator(".shared-banner")).toContainText(`${HOSTILE.name}, last changed`);
  expect(await bandCountsOnPage(recipient)).toEqual(bands);
  expect(await risksOnPage(recipient)).toEqual(risks);
  expect(await planOnPage(recipient)).toEqual(plan);

  // Decisions are shown as text, and nothing can be changed.
  const done = recipient.locator(`[id="action-${DONE_ACTION}"] .decision-summary`);
  await expect(done).toContainText("StatusDone");
  await expect(done).toContainText(`Person${HOSTILE.person}`);
  await expect(done.locator(".decision-summary__note")).toHaveText(HOSTILE.note);
  await expect(recipient.locator(`[id="action-${NOT_APPLICABLE_ACTION}"] .decision-summary`)).toContainText(
    `Not applicable — ${HOSTILE.reason}`,
  );
  await expect(recipient.locator("li.plan-action input, li.plan-action textarea")).toHaveCount(0);
  await expect(recipient.getByRole("link", { name: /^Change/ })).toHaveCount(0);
  expect(Object.keys(await readStorage(recipient)).filter((key) => key.startsWith(RECORD_PREFIX))).toEqual([]);
  await expectNoAxeViolations(recipient);

  // In-page links move within the page and keep the link's assessment on screen.
  const topRisk = recipient.locator(".top-risks a").first();
  const target = (await topRisk.getAttribute("href")) ?? "#missing";
  await topRisk.click();
  await expect(recipient.locator(`[id="${target.slice(1)}"]`)).toBeInViewport();
  await expect(recipient.getByRole("heading", { name: BANNER })).toBeAttached();
  await expect(recipient.locator(".notice[role=alert]")).toHaveCount(0);
  await recipient.reload();
  await expect(recipient.getByRole("heading", { name: BANNER })).toBeVisible();
  expect(errors).toEqual([]);
  await fresh.close();
});

test("opening a link never touches the recipient’s own assessment; “Save a copy” adds a new one", async ({ page }) => {
  const errors = collectErrors(page);
  const mine = record({
    id: "mine",
    name: "My own service",
    answers: statelessService,
    decisions: { [DONE_ACTION]: { status: "done", note: "ours" } },
  });
  const theirs = record({ name: NAME_30, answers: legacyMonolith, decisions: hostileDecisions, updatedAt: "2026-10-02T08:00:00.000Z" });
  await seedAssessments(page, [mine]);
  await page.goto("/results");
  await pageSettled(page);
  await expect(page.locator("#summary-title + p")).toContainText("My own service");
  const before = await readStorage(page);

  await page.goto(resultLink(theirs));
  await pageSettled(page);
  await expect(page.getByRole("heading", { name: BANNER })).toBeVisible();
  expect(await readStorage(page)).toEqual(before);
  await page.goto("/results");
  await pageSettled(page);
  await expect(page.locator("#summary-title + p")).toContainText("My own service");
  expect(await readStorage(page)).toEqual(before);

  await page.goBack();
  await pageSettled(page);
  await page.getByRole("button", { name: "Save a copy to this browser" }).click();
  await expect(page.getByRole("status").filter({ hasText: "A copy is saved in this browser." })).toBeVisible();
  const after = await readStorage(page);
  expect(after[recordKey("mine")]).toBe(before[recordKey("mine")]);
  expect(await readOpenId(page)).toBe("mine");
  const saved = (await readAssessments(page)).filter((assessment) => assessment.id !== "mine");
  expect(saved).toHaveLength(1);
  expect(saved[0]).toMatchObject({ name: NAME_30, decisions: hostileDecisions });
  expect(sortedAnswers(saved[0]?.answers ?? {})).toEqual(sortedAnswers(legacyMonolith));
  expect(errors).toEqual([]);
});

test("a damaged link shows a clear error, never a crash, and leaves saved work alone", async ({ page }) => {
  const errors = collectErrors(page);
  await seedAssessments(page, [{ name: "My own service", answers: statelessService }]);
  const payload = resultLinkPayload(record({ name: NAME_30, answers: legacyMonolith }));
  const middle = Math.floor(payload.length / 2);
  const edited = `${payload.slice(0, middle)}${payload[middle] === "A" ? "B" : "A"}${payload.slice(middle + 1)}`;
  const cases = [
    { fragment: payload.slice(0, -4), title: "This result link is damaged" },
    { fragment: edited, title: "This result link is damaged" },
    { fragment: "this is not a result link!", title: "This is not a result link" },
    { fragment: "x".repeat(50_000), title: "This link is far too long to be a result link" },
    { fragment: "", title: "This link has no assessment in it" },
  ];
  await page.goto("/");
  await pageSettled(page);
  const before = await readStorage(page);

  for (const [i, { fragment, title }] of cases.entries()) {
    // A new query each time makes each visit a full page load, not a change of fragment.
    await page.goto(`/shared?case=${i}#${fragment}`);
    await pageSettled(page);
    const alert = page.getByRole("alert", { name: title });
    await expect(alert, title).toBeVisible();
    await expect(alert).toContainText("Your own assessments in this browser have not been touched.");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Shared results");
    await expect(page.getByRole("heading", { name: BANNER })).toHaveCount(0);
    if (i === 0) await expectNoAxeViolations(page);
  }
  expect(await readStorage(page)).toEqual(before);
  expect(errors).toEqual([]);
});
