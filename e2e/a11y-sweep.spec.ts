/**
 * The accessibility sweep: axe (WCAG 2.2 AA) on every page in light and dark colour
 * schemes and in print, layout that holds at 320 px (what 400 % zoom of a 1280 px window
 * gives), visible focus on everything focusable, and reduced motion honoured.
 */
import { expect, test, type Page } from "@playwright/test";
import { legacyMonolith } from "@/content/scenarios/teams";
import { expectNoAxeViolations } from "./support/axe";
import { pageSettled } from "./support/page-settled";
import { LEGACY_SHARED, PAGES, sharedLinkPath } from "./support/routes";
import { seedAssessments } from "./support/seed";

const ALL_PAGES = [...PAGES, sharedLinkPath(LEGACY_SHARED), "/shared#damaged", "/no-such-page"];

async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await pageSettled(page);
  await expect(page.locator("h1").first()).toBeVisible();
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds nothing on any page in the ${colorScheme} colour scheme`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme });
    await seedAssessments(page, [{ name: "Claims platform (legacy)", answers: legacyMonolith }]);
    for (const path of ALL_PAGES) {
      await visit(page, path);
      await test.step(path, () => expectNoAxeViolations(page));
    }
  });
}

test("axe finds nothing on the results, plan and print view in print media", async ({ page }) => {
  await seedAssessments(page, [{ name: "Claims platform (legacy)", answers: legacyMonolith }]);
  await page.emulateMedia({ media: "print" });
  for (const path of ["/results", "/plan", "/print"]) {
    await visit(page, path);
    await expectNoAxeViolations(page);
  }
});

test("every page holds its layout at 320 px wide: no sideways scrolling of the page", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 640 });
  await seedAssessments(page, [{ name: "Claims platform (legacy)", answers: legacyMonolith }]);
  for (const path of ALL_PAGES) {
    await visit(page, path);
    // The risk matrix is a data table and may scroll inside its own region (WCAG 1.4.10 allows it).
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  }
});

test("everything focusable shows where focus is", async ({ page }) => {
  test.setTimeout(120_000);
  await seedAssessments(page, [{ name: "Claims platform (legacy)", answers: legacyMonolith }]);
  for (const path of ["/", "/assess/storage", "/results", "/plan", "/assessments"]) {
    await visit(page, path);
    const unmarked: string[] = [];
    for (let press = 0; press < 40; press += 1) {
      await page.keyboard.press("Tab");
      const focus = await page.evaluate(() => {
        const element = document.activeElement;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        const marked = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
        return { marked, what: `${element.tagName.toLowerCase()} ${element.textContent?.trim().slice(0, 40) ?? ""}` };
      });
      if (focus && !focus.marked) unmarked.push(focus.what);
    }
    expect(unmarked, `${path}: focus not visible on ${unmarked.join("; ")}`).toEqual([]);
  }
});

test("reduced motion is honoured: no transitions or animations, no smooth scrolling", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await visit(page, "/");
  const motion = await page.evaluate(() => {
    const button = document.querySelector(".button") ?? document.body;
    const style = getComputedStyle(button);
    return {
      transition: parseFloat(style.transitionDuration),
      animation: parseFloat(style.animationDuration),
      scroll: getComputedStyle(document.documentElement).scrollBehavior,
    };
  });
  expect(motion.transition).toBeLessThan(0.001);
  expect(motion.animation).toBeLessThan(0.001);
  expect(motion.scroll).toBe("auto");
});

test("axe finds nothing in the dark colour scheme on states: errors, filters, empty results", async ({ page }) => {
  test.setTimeout(90_000);
  await page.emulateMedia({ colorScheme: "dark" });
  await seedAssessments(page, [{ name: "Claims platform (legacy)", answers: legacyMonolith }]);
  await visit(page, "/results");
  await page.locator(".matrix-cell__button").first().click();
  await expect(page.getByText(/^Matrix cell:/)).toBeVisible();
  await expectNoAxeViolations(page);

  await visit(page, "/plan");
  await page.getByLabel("Owner role").selectOption({ index: 2 });
  await expectNoAxeViolations(page);

  await visit(page, "/");
  await page.getByRole("button", { name: "Start a new assessment" }).click();
  await page.getByRole("button", { name: "Yes, start a new one" }).click();
  await page.getByRole("button", { name: "Start assessment" }).click();
  await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("What are you assessing?").fill("Empty one");
  await page.getByRole("button", { name: "Start assessment" }).click();
  await expect(page).toHaveURL(/\/assess\/scope/);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expectNoAxeViolations(page);

  await visit(page, "/results");
  await expect(page.getByRole("heading", { name: "There is nothing to assess yet" })).toBeVisible();
  await expectNoAxeViolations(page);
});
