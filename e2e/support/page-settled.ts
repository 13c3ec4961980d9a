import type { Page } from "@playwright/test";

/**
 * Waits until the page has loaded and the browser has had an idle moment, by which time
 * React has hydrated and any hydration error has been logged. ("networkidle" never comes
 * with Next's link prefetching, so it is not used.)
 */
export async function pageSettled(page: Page): Promise<void> {
  await page.waitForLoadState("load");
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })));
}
