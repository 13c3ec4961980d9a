/**
 * Links fetch the next page on intent (pointer, focus), not as soon as they are on screen:
 * a page that has just loaded asks for nothing more, and a link the pointer rests on is
 * fetched before the click, so the navigation that follows is still client-side.
 */
import { expect, test, type Page, type Request } from "@playwright/test";
import { legacyMonolith } from "@/content/scenarios/teams";
import { pageSettled } from "./support/page-settled";
import { seedAssessments } from "./support/seed";

const isPrefetch = (request: Request): boolean => {
  const headers = request.headers();
  return headers["next-router-prefetch"] !== undefined || headers["next-router-segment-prefetch"] !== undefined;
};

function prefetchesOf(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => {
    if (isPrefetch(request)) seen.push(new URL(request.url()).pathname);
  });
  return seen;
}

const nav = (page: Page) => page.getByRole("navigation", { name: "Main" });

test("a page that has loaded fetches no other page ahead, however many links it shows", async ({ page }) => {
  await seedAssessments(page, [{ name: "Order management", answers: legacyMonolith }]);
  const prefetched = prefetchesOf(page);
  for (const path of ["/", "/results", "/plan"]) {
    await page.goto(path);
    await pageSettled(page);
    // Next starts viewport prefetches once the page is idle: give it the time it would take.
    await page.waitForTimeout(1500);
  }
  expect(prefetched).toEqual([]);
});

test("the pointer on a link fetches its page ahead, and the click then navigates inside the page from what was fetched", async ({
  page,
}) => {
  await seedAssessments(page, [{ name: "Order management", answers: legacyMonolith }]);
  const prefetched = prefetchesOf(page);
  await page.goto("/results");
  await pageSettled(page);
  await page.evaluate(() => {
    (window as Window & { sameDocument?: boolean }).sameDocument = true;
  });

  const fetchedOnClick: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["rsc"] !== undefined && !isPrefetch(request)) fetchedOnClick.push(new URL(request.url()).pathname);
  });
  const saved = nav(page).getByRole("link", { name: "Saved" });
  const ahead = page.waitForRequest((request) => isPrefetch(request) && new URL(request.url()).pathname === "/assessments");
  await saved.hover();
  await ahead;

  await saved.click();
  await expect(page.getByRole("heading", { level: 1, name: "Saved assessments" })).toBeVisible();
  expect(await page.evaluate(() => (window as Window & { sameDocument?: boolean }).sameDocument)).toBe(true);
  // What was fetched ahead is what the navigation used: it asked the server for nothing more.
  expect(prefetched.length).toBeGreaterThan(0);
  expect(prefetched.every((path) => path === "/assessments")).toBe(true);
  expect(fetchedOnClick).toEqual([]);
});

test("moving focus to a link by keyboard fetches its page ahead too", async ({ page }) => {
  await page.goto("/guide");
  await pageSettled(page);
  const ahead = page.waitForRequest((request) => isPrefetch(request) && new URL(request.url()).pathname === "/team");
  await nav(page).getByRole("link", { name: "Team" }).focus();
  await ahead;
});

test("a risk's Change links in the long register are not fetched ahead, even under the pointer", async ({ page }) => {
  await seedAssessments(page, [{ name: "Order management", answers: legacyMonolith }]);
  const prefetched = prefetchesOf(page);
  await page.goto("/results");
  await pageSettled(page);
  const change = page
    .locator("article.risk")
    .first()
    .getByRole("link", { name: /^Change/ })
    .first();
  await change.hover();
  await page.waitForTimeout(1000);
  expect(prefetched).toEqual([]);
});
