/**
 * The content pages fetch rather than carry (the questionnaire and the codebooks): served
 * as static JSON for good, and when a fetch fails the page says so, offers to try again,
 * and loses nothing.
 */
import { expect, test } from "@playwright/test";
import { CONTENT_FILES } from "@/content/files";
import { CONTENT_VERSION } from "@/content/version";
import { expectNoAxeViolations } from "./support/axe";
import { pageSettled } from "./support/page-settled";
import { readAssessments } from "./support/seed-records";
import { seedAssessments } from "./support/seed";

test("each content file is static JSON of this version, cached for good; any other name is not found", async ({ request }) => {
  for (const file of Object.values(CONTENT_FILES)) {
    const response = await request.get(`/content/${file}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    const body: unknown = await response.json();
    if (file === CONTENT_FILES.questionnaire) expect(body).toMatchObject({ version: CONTENT_VERSION });
    else expect(Array.isArray(body) && body.length > 0).toBe(true);
  }
  expect((await request.get("/content/questionnaire-2000.1.1.json")).status()).toBe(404);
  expect((await request.get("/content/__proto__")).status()).toBe(404);
});

test("a page whose content cannot be fetched says so, tries again on request, and changes nothing saved", async ({ page }) => {
  const [seeded] = await seedAssessments(page, [{ id: "offline", name: "Offline service", answers: { "scope.breadth": "one-service" } }]);
  let refuse = true;
  await page.route("**/content/*.json", (route) => (refuse ? route.abort("internetdisconnected") : route.continue()));

  await page.goto("/results");
  await pageSettled(page);
  const failed = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "This page’s content did not load" }) });
  await expect(failed).toBeVisible();
  await expect(failed).toContainText("nothing you saved is affected");
  await expectNoAxeViolations(page);

  refuse = false;
  await failed.getByRole("button", { name: "Try again" }).click();
  await expect(failed).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Risk register" })).toBeVisible();
  expect(await readAssessments(page)).toEqual([seeded]);
});

test("the pages that need the questionnaire ask for it from the head, before their scripts run", async ({ page }) => {
  for (const path of ["/results", "/plan", "/assess/review", "/assessments", "/shared", "/compare", "/print"]) {
    await page.goto(path);
    const preloads = await page
      .locator('link[rel="preload"][as="fetch"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(preloads, path).toContain(`/content/${CONTENT_FILES.questionnaire}`);
  }
});
