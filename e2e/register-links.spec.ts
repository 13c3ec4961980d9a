import { expect, test, type Page } from "@playwright/test";
import { questionnaire } from "@/content/questionnaire";
import { legacyMonolith } from "@/content/scenarios/teams";
import { evaluateAssessment } from "@/lib/engine";
import { expectNoAxeViolations } from "./support/axe";
import { pageSettled } from "./support/page-settled";
import { resultLink } from "./support/result-link";
import { record, seedRecords } from "./support/seed-records";

const BANNER = "You are looking at someone else’s assessment";
const risks = evaluateAssessment(questionnaire, legacyMonolith).risks;
const top = risks[0];
if (!top) throw new Error("legacyMonolith raises no risks");
const title = questionnaire.risks.find((risk) => risk.id === top.id)?.title ?? top.id;
/** An area with risks of its own, but not the top risk's, so filtering to it hides the top risk. */
const otherArea = risks.find((risk) => risk.area !== top.area)?.area ?? "";
const entry = (page: Page) => page.locator(`article[id="risk-${top.id}"]`);

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

async function hideTopRisk(page: Page): Promise<void> {
  await page.locator("#filter-area").selectOption(otherArea);
  await expect(entry(page)).toHaveCount(0);
}

async function expectRevealed(page: Page): Promise<void> {
  await expect(entry(page)).toBeFocused();
  await expect(entry(page)).toBeInViewport();
  await expect(page.locator("#filter-area")).toHaveValue("");
  await expect(page.getByRole("status").filter({ hasText: `Filters cleared to show “${title}”.` })).toBeVisible();
  await expect(page.locator("section[aria-labelledby=register-title] .register-count")).toHaveText(
    `Showing ${risks.length} of ${risks.length} risks`,
  );
}

test("on a shared page, a link to a risk the filters hide shows and focuses it, and never touches the link in the address", async ({
  page,
}) => {
  expect(otherArea).not.toBe("");
  const errors = collectErrors(page);
  await page.goto(resultLink(record({ name: "Order management", answers: legacyMonolith })));
  await pageSettled(page);
  await expect(page.getByRole("heading", { name: BANNER })).toBeVisible();
  const address = page.url();

  // From the summary's list of the most severe risks (a plain in-page link).
  await hideTopRisk(page);
  await page.locator(".top-risks a").first().click();
  await expectRevealed(page);
  expect(page.url()).toBe(address);

  // From the plan further down the page (a Next.js link), by keyboard this time.
  await hideTopRisk(page);
  await expect(page.getByRole("status").filter({ hasText: "Filters cleared" })).toHaveCount(0);
  const mitigates = page.locator(`li.plan-action a[href="#risk-${top.id}"]`).first();
  await mitigates.focus();
  await page.keyboard.press("Enter");
  await expectRevealed(page);
  expect(page.url()).toBe(address);

  // A link to an entry that is on screen also stays on the page and keeps the address.
  await page.locator(".top-risks a").first().click();
  await expect(entry(page)).toBeFocused();
  expect(page.url()).toBe(address);
  await expectNoAxeViolations(page);

  await page.reload();
  await pageSettled(page);
  await expect(page.getByRole("heading", { name: BANNER })).toBeVisible();
  await expect(page.locator(".notice[role=alert]")).toHaveCount(0);
  expect(page.url()).toBe(address);
  expect(errors).toEqual([]);
});

test("on the team’s own results, a link to a risk the filters hide clears them and focuses the risk", async ({ page }) => {
  await seedRecords(page, [record({ id: "mine", name: "Order management", answers: legacyMonolith })], "mine");
  await page.goto("/results");
  await pageSettled(page);
  await hideTopRisk(page);
  await page.locator(".top-risks a").first().click();
  await expectRevealed(page);
  // Choosing a filter again is the user's own change: the message goes.
  await page.locator("#filter-area").selectOption(otherArea);
  await expect(page.getByRole("status").filter({ hasText: "Filters cleared" })).toHaveCount(0);
});
