/**
 * Every response carries the security headers, and no page logs a Content-Security-Policy
 * violation: the policy allows exactly the scripts the app needs, and nothing uses eval.
 */
import { expect, test } from "@playwright/test";
import { legacyMonolith } from "@/content/scenarios/teams";
import { pageSettled } from "./support/page-settled";
import { LEGACY_SHARED, PAGES, sharedLinkPath } from "./support/routes";
import { expectSecurityHeaders } from "./support/security-headers";
import { seedAssessments } from "./support/seed";

test("every page, a script, the health check and a 404 carry the security headers", async ({ request, page }) => {
  for (const path of [...PAGES, "/shared", "/api/health", "/no-such-page", "/icon.svg"]) {
    const response = await request.get(path);
    expect([200, 404]).toContain(response.status());
    expectSecurityHeaders(response, path);
  }
  await page.goto("/");
  const script = await page.locator("script[src]").first().getAttribute("src");
  expectSecurityHeaders(await request.get(script ?? ""), "a script");
});

test("inline scripts are allowed by hash, page by page, and nothing else inline", async ({ request }) => {
  const home = (await request.get("/")).headers()["content-security-policy"] ?? "";
  const guide = (await request.get("/guide/storage")).headers()["content-security-policy"] ?? "";
  expect(home).toMatch(/'sha256-/);
  // Each page is allowed its own inline scripts, not every page's.
  expect(home).not.toEqual(guide);
  expect(home).not.toContain("unsafe-inline");
});

test("no page logs a Content-Security-Policy violation, with a complete assessment open", async ({ page }) => {
  test.setTimeout(120_000);
  await seedAssessments(page, [{ name: "Claims platform (legacy)", answers: legacyMonolith }]);
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, "__cspViolations", { value: seen });
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const messages: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) messages.push(message.text());
  });
  for (const path of [...PAGES, sharedLinkPath(LEGACY_SHARED)]) {
    await page.goto(path);
    await pageSettled(page);
    const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    expect(violations, `${path}: ${violations.join(", ")}`).toEqual([]);
  }
  expect(messages).toEqual([]);
});
