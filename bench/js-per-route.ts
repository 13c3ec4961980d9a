/**
 * JavaScript per route: loads every route of the production build in Chromium (with a
 * complete assessment open) and sums the compressed bytes of the JavaScript it fetches.
 * Budget: no route more than 40 KB above the framework's floor (the smallest route).
 *
 *   npm run build && npm run bench:js
 */
import { chromium, type Request } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../e2e/support/chromium";
import { ROUTES } from "./support/routes";
import { storageEntries } from "./support/seed";
import { startServer } from "./support/server";

const BUDGET_KB = 40;

/** Waits (briefly) until every counted script has finished downloading. */
async function expectAllFinished(started: ReadonlySet<Request>, sizes: readonly number[]): Promise<void> {
  for (let i = 0; i < 50 && sizes.length < started.size; i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
}
const server = await startServer(3801);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const rows: { route: string; files: number; bytes: number }[] = [];
try {
  for (const route of ROUTES) {
    const context = await browser.newContext();
    await context.addInitScript((entries: [string, string][]) => {
      for (const [key, value] of entries) localStorage.setItem(key, value);
    }, storageEntries());
    const page = await context.newPage();
    // What the route itself needs: Next's prefetching of the routes behind visible links is
    // refused (that JavaScript belongs to those routes), and counting stops once the page has
    // hydrated (later code, such as exports, loads only on demand).
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
    await page.goto(server.url + route, { waitUntil: "load" });
    await page.locator("h1").first().waitFor();
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 })));
    counting = false;
    await expectAllFinished(started, sizes);
    rows.push({ route: route.split("#")[0] ?? route, files: sizes.length, bytes: sizes.reduce((a, b) => a + b, 0) });
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}

const floor = Math.min(...rows.map((row) => row.bytes));
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
console.log(`JavaScript per route (compressed bytes on the wire), floor ${kb(floor)} KB, budget floor + ${BUDGET_KB} KB\n`);
console.log("| route | files | KB | above floor | within budget |");
console.log("| --- | ---: | ---: | ---: | --- |");
for (const row of rows) {
  const above = row.bytes - floor;
  console.log(`| ${row.route} | ${row.files} | ${kb(row.bytes)} | ${kb(above)} | ${above <= BUDGET_KB * 1024 ? "yes" : "NO"} |`);
}
const over = rows.filter((row) => row.bytes - floor > BUDGET_KB * 1024);
if (over.length > 0) {
  console.log(`\nOver budget: ${over.map((row) => row.route).join(", ")}`);
  process.exitCode = 1;
}
