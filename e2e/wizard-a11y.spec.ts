/**
 * axe (WCAG 2.2 AA) on the start page, every area step, also in its error state, and the
 * review page; and the "Start a new assessment" confirmation.
 */
import { expect, test } from "@playwright/test";
import { areas } from "@/content/areas";
import { questionnaire } from "@/content/questionnaire";
import { legacyMonolith } from "@/content/scenarios/teams";
import { INDEX_KEY, recordKey } from "@/lib/state/storage-keys";
import { expectNoAxeViolations } from "./support/axe";
import { pageSettled } from "./support/page-settled";
import { savedItems } from "./support/saved-state";
import { seedAssessments } from "./support/seed";

test("the start page has no axe violations, as it opens and after a submit without a name", async ({ page }) => {
  await page.goto("/");
  await pageSettled(page);
  await expect(page.getByRole("heading", { name: "Start an assessment" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Start assessment" }).click();
  await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expectNoAxeViolations(page);
});

// Two halves, so the steps share a warmed-up page yet the two workers split the work.
const halves = [areas.slice(0, 6), areas.slice(6)];
for (const half of halves) {
  test(`areas ${half.map((area) => area.id).join(", ")}: no axe violations, before and after an empty Continue`, async ({ page }) => {
    await seedAssessments(page, [{ name: "Accessible service" }]);
    for (const area of half) {
      await test.step(area.id, async () => {
        await page.goto(`/assess/${area.id}`);
        await pageSettled(page);
        await expect(page.getByRole("heading", { level: 1, name: area.title })).toBeFocused();
        await expect(page.locator("form .form-group").first()).toBeVisible();
        await expectNoAxeViolations(page);

        await page.getByRole("button", { name: "Continue" }).click();
        await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeFocused();
        await expect(page.locator(".form-group--error").first()).toBeVisible();
        await expectNoAxeViolations(page);
      });
    }
  });
}

test("the review page has no axe violations, complete and partly answered", async ({ page }) => {
  const partly = Object.fromEntries(Object.entries(legacyMonolith).filter(([id]) => !id.startsWith("security.")));
  await seedAssessments(page, [
    { name: "Legacy claims", answers: legacyMonolith },
    { name: "Half done", answers: partly, open: false },
  ]);
  await page.goto("/assess/review");
  await pageSettled(page);
  const last = questionnaire.areas.length;
  const lastArea = questionnaire.areas[last - 1]?.title ?? "";
  await expect(page.getByRole("heading", { level: 2, name: `${last}. ${lastArea}`, exact: false })).toContainText("Completed");
  await expectNoAxeViolations(page);
});

test("starting a new assessment asks first; Cancel keeps the open one, confirming keeps it saved", async ({ page }) => {
  const [seeded] = await seedAssessments(page, [{ name: "Claims platform", answers: { "storage.stateful": "no" } }]);
  await page.goto("/");
  await pageSettled(page);
  await expect(page.getByText("You are assessing Claims platform.")).toBeVisible();

  const trigger = page.getByRole("button", { name: "Start a new assessment" });
  const dialog = page.getByRole("dialog", { name: "Start a new assessment?" });
  await trigger.click();
  await expect(dialog).toBeVisible();
  // A native modal <dialog>, so the browser traps focus and Escape closes it.
  expect(await dialog.evaluate((element) => element.tagName === "DIALOG" && element.matches(":modal"))).toBe(true);
  await expect(dialog).toContainText("“Claims platform” stays saved in this browser");
  await expectNoAxeViolations(page);

  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
  await expect(page.getByRole("heading", { name: "Continue your assessment" })).toBeVisible();
  await expect(page.getByText("You are assessing Claims platform.")).toBeVisible();

  await trigger.click();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByText("You are assessing Claims platform.")).toBeVisible();

  await trigger.click();
  await dialog.getByRole("button", { name: "Yes, start a new one" }).click();
  await expect(page.getByRole("heading", { name: "Start an assessment" })).toBeVisible();
  await expect(page.getByLabel("What are you assessing?")).toHaveValue("");

  const items = await savedItems(page);
  expect(JSON.parse(items[recordKey(seeded?.id ?? "")] ?? "{}")).toMatchObject({
    assessment: { name: "Claims platform", answers: { "storage.stateful": "no" } },
  });
  expect(JSON.parse(items[INDEX_KEY] ?? "{}")).toMatchObject({ openId: null });
  await page.reload();
  await pageSettled(page);
  await expect(page.getByRole("heading", { name: "Start an assessment" })).toBeVisible();
});
