/**
 * Compressed bytes of JavaScript a page fetches until it has hydrated: from navigation
 * until the heading shows and the main thread has gone idle (code loaded later, such as
 * exports, is loaded on demand and not counted). With prefetching allowed, Next's
 * prefetches of the routes behind visible links count too; refused, only the page's own.
 */
import type { Browser, Request } from "@playwright/test";

export interface JsBytes {
  files: number;
  bytes: number;
}

export async function jsFetchedUntilHydrated(
  browser: Browser,
  url: string,
  entries: readonly [string, string][],
  prefetch: boolean,
): Promise<JsBytes> {
  const context = await browser.newContext();
  try {
    await context.addInitScript(
      (seed: [string, string][]) => {
        // Once per tab, so a reload inside the page would not reseed over its own changes.
        if (sessionStorage.getItem("bench.seeded")) return;
        localStorage.clear();
        for (const [key, value] of seed) localStorage.setItem(key, value);
        sessionStorage.setItem("bench.seeded", "1");
      },
      entries as [string, string][],
    );
    const page = await context.newPage();
    if (!prefetch)
      await page.route("**/*", (route) => (route.request().headers()["next-router-prefetch"] ? route.abort() : route.continue()));
    let counting = true;
    const started = new Set<Request>();
    const sizes: number[] = [];
    page.on("request", (request) => {
      if (counting && request.resourceType() === "script") started.add(request);
    });
    page.on("requestfinished", async (request) => {
      if (started.has(request)) sizes.push((await request.sizes()).responseBodySize);
    });
    await page.goto(url, { waitUntil: "load" });
    await page.locator("h1").first().waitFor();
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 })));
    // Prefetches start when links come into view, after an idle moment of their own.
    if (prefetch) await page.waitForTimeout(1000);
    counting = false;
    for (let i = 0; i < 50 && sizes.length < started.size; i += 1) await page.waitForTimeout(100);
    return { files: sizes.length, bytes: sizes.reduce((sum, size) => sum + size, 0) };
  } finally {
    await context.close();
  }
}
