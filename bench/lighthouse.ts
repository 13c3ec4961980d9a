/**
 * Lighthouse (12.2.3, with the system Chromium) on the start page, an area step, /results
 * and /plan with a complete assessment open: five runs each, one at a time, medians of
 * the performance, accessibility and best-practices scores, LCP, TBT and CLS.
 * Targets: performance ≥ 0.95, accessibility 1.0, best practices ≥ 0.95.
 *
 *   npm run build && npm run bench:lighthouse            (mobile, Lighthouse's default)
 *   BENCH_FORM_FACTOR=desktop npm run bench:lighthouse
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { chromiumArgs, chromiumPath } from "../e2e/support/chromium";
import { storageEntries } from "./support/seed";
import { startServer } from "./support/server";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const DEBUG_PORT = 9333;
const ROUTES = ["/", "/assess/storage", "/results", "/plan"];
const desktop = process.env.BENCH_FORM_FACTOR === "desktop";

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const server = await startServer(3803);
const profile = mkdtempSync(join(tmpdir(), "kbyd-lighthouse-"));
// A persistent profile, so the assessment seeded here is what Lighthouse's own tab sees.
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath,
  args: [...chromiumArgs, `--remote-debugging-port=${DEBUG_PORT}`],
});

try {
  const seeder = await context.newPage();
  await seeder.goto(`${server.url}/api/health`);
  await seeder.evaluate((entries: [string, string][]) => {
    for (const [key, value] of entries) localStorage.setItem(key, value);
  }, storageEntries());
  await seeder.close();

  console.log(`Lighthouse 12.2.3, ${desktop ? "desktop" : "mobile (default throttling)"}, median of ${RUNS} runs per page\n`);
  console.log("| page | performance | accessibility | best practices | LCP ms | TBT ms | CLS |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const route of ROUTES) {
    const runs: { perf: number; a11y: number; bp: number; lcp: number; tbt: number; cls: number }[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const result = await lighthouse(
        server.url + route,
        {
          port: DEBUG_PORT,
          output: "json",
          logLevel: "error",
          disableStorageReset: true,
          onlyCategories: ["performance", "accessibility", "best-practices"],
        },
        desktop ? desktopConfig : undefined,
      );
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${route}`);
      runs.push({
        perf: lhr.categories.performance?.score ?? 0,
        a11y: lhr.categories.accessibility?.score ?? 0,
        bp: lhr.categories["best-practices"]?.score ?? 0,
        lcp: lhr.audits["largest-contentful-paint"]?.numericValue ?? 0,
        tbt: lhr.audits["total-blocking-time"]?.numericValue ?? 0,
        cls: lhr.audits["cumulative-layout-shift"]?.numericValue ?? 0,
      });
    }
    const m = (pick: (r: (typeof runs)[number]) => number) => median(runs.map(pick));
    console.log(
      `| ${route} | ${m((r) => r.perf).toFixed(2)} | ${m((r) => r.a11y).toFixed(2)} | ${m((r) => r.bp).toFixed(2)} | ${m((r) => r.lcp).toFixed(0)} | ${m((r) => r.tbt).toFixed(0)} | ${m((r) => r.cls).toFixed(3)} |`,
    );
  }
} finally {
  await context.close();
  await server.stop();
  rmSync(profile, { recursive: true, force: true });
}
