/**
 * Requests a hostile client might send, against the production server: a page that fails,
 * malformed percent-encodings, write methods to static files, escaped spellings of routes.
 * None may crash the server (500) or come back without the security headers, and every
 * page shown must keep the site navigation and hydrate under the CSP.
 */
import { expect, test, type Page, type Route } from "@playwright/test";
import { cspViolations, watchCspViolations } from "./support/csp-violations";
import { pageSettled } from "./support/page-settled";
import { expectSecurityHeaders } from "./support/security-headers";
import { seedAssessments } from "./support/seed";

const MALFORMED = ["/assess/%E0%A4%A", "/%", "/guide/%ZZ", "/results%", "/%FF", "/assess/%C0%AF"];

async function expectSiteChrome(page: Page): Promise<void> {
  await expect(page.getByRole("banner").getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page.getByRole("contentinfo")).toBeVisible();
  // React writes style props through the CSSOM, which the CSP does not see: check the markup.
  expect(await page.locator("header [style], main [style], footer [style]").count()).toBe(0);
}

test("a page that fails keeps the site navigation, says what happened, and Try again brings it back", async ({ page }) => {
  await seedAssessments(page, [{ name: "Payments platform" }]);
  await watchCspViolations(page);
  // The code of the next page cannot be fetched: the network drops, or a new release has
  // replaced the files this tab was loaded with. Loading it fails inside React's render.
  let failing = false;
  const loaded = new Set<string>();
  const refused: string[] = [];
  await page.route("**/_next/static/**", async (route: Route) => {
    const url = route.request().url();
    if (failing && !loaded.has(url)) {
      refused.push(url);
      await route.fulfill({ status: 503, body: "" });
      return;
    }
    loaded.add(url);
    await route.continue();
  });

  // From the moment the start page has loaded, so that prefetching the next page's code (which
  // Next.js starts once the page is idle) cannot load it ahead of the click.
  await page.goto("/");
  failing = true;
  await pageSettled(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Saved" }).click();

  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText("Sorry, this page stopped working");
  expect(refused.length, "the saved-assessments page needed code the start page had not loaded").toBeGreaterThan(0);
  await expect(heading).toBeFocused();
  const main = page.getByRole("main");
  await expect(main).toContainText("Answers saved in this browser are not affected");
  await expect(main.getByRole("link", { name: "Start or continue an assessment" })).toHaveAttribute("href", "/");
  await expect(main.getByRole("link", { name: "Assessments saved in this browser" })).toHaveAttribute("href", "/assessments");
  await expectSiteChrome(page);
  expect(await cspViolations(page)).toEqual([]);

  failing = false;
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(heading).toHaveText("Saved assessments");
  await expect(main).toContainText("Payments platform");
  expect(await cspViolations(page)).toEqual([]);
});

test("a malformed percent-encoding gets the not-found page with the security headers, not a 500", async ({ request, page }) => {
  for (const path of MALFORMED) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expectSecurityHeaders(response, path);
    expect(await response.text()).toContain("Page not found");
  }
  await watchCspViolations(page);
  for (const path of MALFORMED.slice(0, 3)) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await pageSettled(page);
    await expectSiteChrome(page);
    // The page's inline scripts were allowed, so it hydrated.
    expect(await cspViolations(page), path).toEqual([]);
  }
});

test("write methods to pages and static files get 405 with Allow and the security headers; reads still work", async ({ request, page }) => {
  await page.goto("/");
  const script = (await page.locator("script[src]").first().getAttribute("src")) ?? "";
  const stylesheet = (await page.locator('link[rel="stylesheet"]').first().getAttribute("href")) ?? "";
  expect(script).toMatch(/^\/_next\/static\//);
  expect(stylesheet).toMatch(/^\/_next\/static\//);

  for (const path of [script, stylesheet, "/favicon.ico", "/icon.svg", "/", "/assess/storage", "/results", "/no-such-page"]) {
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"]) {
      const response = await request.fetch(path, { method, data: "x" });
      expect(response.status(), `${method} ${path}`).toBe(405);
      expect(response.headers()["allow"]).toBe("GET, HEAD");
      expectSecurityHeaders(response, `${method} ${path}`);
    }
  }
  for (const path of [script, stylesheet, "/icon.svg", "/", "/assess/storage"]) {
    for (const method of ["GET", "HEAD"]) {
      const response = await request.fetch(path, { method });
      expect(response.status(), `${method} ${path}`).toBe(200);
      expectSecurityHeaders(response, `${method} ${path}`);
    }
  }
  // Route handlers answer for their own methods.
  expect((await request.get("/api/health")).status()).toBe(200);
  const post = await request.post("/api/health");
  expect(post.status()).toBe(405);
  expectSecurityHeaders(post, "POST /api/health");
});

test("an escaped spelling of a route is sent to the one spelling, which hydrates under the CSP", async ({ request, page }) => {
  for (const [path, canonical] of [
    ["/assess/%73torage", "/assess/storage"],
    ["/result%73", "/results"],
    // Next.js on its own loops on this one and answers 500.
    ["/assess/%72eview", "/assess/review"],
    ["/guide/%73torage?from=link", "/guide/storage?from=link"],
  ] as const) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(308);
    expect(response.headers()["location"]).toBe(canonical);
    expectSecurityHeaders(response, path);
  }

  await watchCspViolations(page);
  await page.goto("/assess/%73torage");
  await expect(page).toHaveURL(/\/assess\/storage$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("storage");
  await pageSettled(page);
  expect(await cspViolations(page)).toEqual([]);
});
