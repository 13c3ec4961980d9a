/**
 * No user text is ever rendered as HTML. A hostile name, assessor, person, note, reason
 * and text answer go through every page (and a result link); nothing runs, nothing is
 * injected, and the text shows as the text it is. The exports are covered in
 * exports.spec.ts with the same kind of text.
 */
import { expect, test } from "@playwright/test";
import { legacyMonolith } from "@/content/scenarios/teams";
import { pageSettled } from "./support/page-settled";
import { LEGACY_SHARED, sharedLinkPath } from "./support/routes";
import { seedAssessments } from "./support/seed";

// Short enough to fit the 80-character fields, so it is saved and shown rather than refused.
const INJECT = `<img src="x" onerror="__pwned=1"><script>__pwned=2</script>`;
const NAME = `C ${INJECT} "q" | # =1`;
const NOTE = `note ${INJECT}\n## not a heading`;
const hostile = {
  name: NAME,
  assessor: `Eve ${INJECT}`,
  answers: { ...legacyMonolith, "scope.pilot-name": `pilot ${INJECT}` },
  decisions: {
    "agree-goals-and-measures": { status: "done" as const, person: `Mallory ${INJECT}`, note: NOTE },
    "choose-pilot-service": { status: "not-applicable" as const, reason: `because ${INJECT}` },
  },
};

async function expectNothingInjected(page: import("@playwright/test").Page, where: string): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), where).toBeUndefined();
  expect(await page.locator('img[src="x"]').count(), where).toBe(0);
}

test("hostile text is shown as text on every page and runs nowhere", async ({ page }) => {
  test.setTimeout(90_000);
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await seedAssessments(page, [hostile, { id: "other", name: "Other team", answers: legacyMonolith, open: false }]);

  const visits: [string, string][] = [
    ["/", NAME],
    ["/assess/review", `pilot ${INJECT}`],
    ["/results", NAME],
    ["/plan", NAME],
    ["/print", NAME],
    ["/assessments", NAME],
  ];
  for (const [path, text] of visits) {
    await page.goto(path);
    await pageSettled(page);
    await expect(page.getByText(text, { exact: false }).first(), `${path} shows the text`).toBeVisible();
    await expectNothingInjected(page, path);
  }

  await page.goto("/plan");
  await pageSettled(page);
  await expect(page.locator('[id="decision-agree-goals-and-measures-person"]')).toHaveValue(`Mallory ${INJECT}`);
  await expect(page.locator('[id="decision-agree-goals-and-measures-note"]')).toHaveValue(NOTE);

  await page.goto("/assess/scope");
  await pageSettled(page);
  await expect(page.locator('textarea[name="scope__pilot-name"]')).toHaveValue(`pilot ${INJECT}`);
  await expectNothingInjected(page, "/assess/scope");

  await page.goto("/compare");
  await pageSettled(page);
  await page
    .getByLabel("A saved assessment")
    .first()
    .selectOption({ label: `${NAME} — 20 November 2026` });
  await page.getByLabel("A saved assessment").nth(1).selectOption({ index: 1 });
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /compared with/ })).toContainText(NAME);
  await expectNothingInjected(page, "/compare");

  await page.goto(sharedLinkPath({ ...LEGACY_SHARED, name: NAME, decisions: hostile.decisions }));
  await pageSettled(page);
  await expect(page.getByRole("heading", { name: "You are looking at someone else’s assessment" })).toBeVisible();
  await expect(page.getByText(NAME).first()).toBeVisible();
  await expectNothingInjected(page, "/shared");

  expect(dialogs).toEqual([]);
});
