import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { areas } from "../content/areas";
import { pageSettled } from "./support/page-settled";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const BODY = "[data-guide-body]";

/** Collects console errors and uncaught exceptions from the moment it is called. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  // Rule ids and the offending markup make a failure readable without re-running.
  const summary = results.violations.map((violation) => ({
    rule: violation.id,
    nodes: violation.nodes.map((node) => node.html),
  }));
  expect(summary).toEqual([]);
}

for (const area of areas) {
  test(`the ${area.id} guide renders its contents, sources and prose`, async ({ page }) => {
    const errors = collectErrors(page);
    const response = await page.goto(`/guide/${area.id}`);
    expect(response?.status()).toBe(200);

    await expect(page.getByRole("heading", { level: 1, name: area.title })).toBeVisible();
    expect((await page.title()).startsWith(`${area.title} — guide`)).toBe(true);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /\w{3,}/);
    await expect(page.getByRole("link", { name: `Answer the ${area.title} questions` }).first()).toHaveAttribute(
      "href",
      `/assess/${area.id}`,
    );

    // Every table-of-contents link points at a heading that exists in the guide body.
    const contents = page.getByRole("navigation", { name: "Contents" });
    const hrefs = await contents.getByRole("link").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(hrefs.length).toBeGreaterThanOrEqual(4);
    for (const href of hrefs) {
      expect(href).toMatch(/^#[a-z0-9-]+$/);
      const target = page.locator(`${BODY} [id="${href?.slice(1)}"]`);
      await expect(target).toHaveCount(1);
      expect(await target.evaluate((element) => element.tagName)).toMatch(/^H[23]$/);
    }

    await expect(page.locator(BODY).getByRole("heading", { level: 2, name: "Sources" })).toBeVisible();
    const externalSources = page.locator(`${BODY} h2#sources + ul a[href^="http"]`);
    expect(await externalSources.count()).toBeGreaterThanOrEqual(2);

    const words = (await page.locator(BODY).innerText()).split(/\s+/).filter(Boolean);
    expect(words.length).toBeGreaterThanOrEqual(300);

    await pageSettled(page);
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });
}

test("a table-of-contents link moves the reader to its section", async ({ page }) => {
  await page.goto("/guide/security");
  await page.getByRole("navigation", { name: "Contents" }).getByRole("link", { name: "Sources" }).click();
  await expect(page).toHaveURL(/#sources$/);
  await expect(page.getByRole("heading", { level: 2, name: "Sources" })).toBeInViewport();
});

test("the guides index lists every guide and passes axe", async ({ page }) => {
  const errors = collectErrors(page);
  const response = await page.goto("/guide");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Guides" })).toBeVisible();
  for (const area of areas) {
    await expect(page.getByRole("link", { name: area.title, exact: true })).toHaveAttribute("href", `/guide/${area.id}`);
  }
  await pageSettled(page);
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test.describe("in dark mode", () => {
  test.use({ colorScheme: "dark" });

  test("a guide with code samples passes axe", async ({ page }) => {
    await page.goto("/guide/networking");
    await pageSettled(page);
    await expectNoAxeViolations(page);
  });
});

test("an unknown guide is a 404", async ({ page }) => {
  const response = await page.goto("/guide/unknown");
  expect(response?.status()).toBe(404);
});
