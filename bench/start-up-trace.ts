/**
 * Where a page's start-up time goes: each benchmark page (and the bare floor page) loaded
 * in Chromium at 4x CPU slowdown on a phone-sized window, traced, and its long tasks
 * printed with their style, layout, paint, garbage-collection and script time and the
 * number of layout passes in each. Lighthouse gives one total; this shows which task it
 * came from and what kind of work it was, which is how the plan's 23 layout passes in a
 * single frame were found. Median of BENCH_RUNS (default 3) for the blocking sum; the
 * tasks of the median run are listed.
 *
 *   npm run build && npm run bench:start-up
 *   BENCH_ROUTES=plan,results BENCH_CSS='.risk{content-visibility:visible}' npm run bench:start-up
 *
 * BENCH_CSS adds a style sheet to every page (CSP set aside for it), to try a CSS change
 * against the same build without rebuilding.
 */
import { chromium, type Browser } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../e2e/support/chromium";
import { BENCH_ROUTES, type BenchRoute } from "./support/bench-routes";
import { buildFloorApp, removeFloorApp } from "./support/floor-app";
import { blockingMs, longTasks, type LongTask } from "./support/long-tasks";
import { storageEntries } from "./support/seed";
import { startServer } from "./support/server";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 3841);
const CSS = process.env.BENCH_CSS;
const filters = (process.env.BENCH_ROUTES ?? "").split(",").filter(Boolean);
const routes = BENCH_ROUTES.filter(
  (route) => !route.jsOnly && (filters.length === 0 || filters.some((word) => route.label.includes(word))),
);
const CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute"];

async function traceOnce(browser: Browser, url: string, route: BenchRoute | undefined): Promise<LongTask[]> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, bypassCSP: CSS !== undefined });
  try {
    if (route) {
      await context.addInitScript((entries: [string, string][]) => {
        if (sessionStorage.getItem("bench.seeded")) return;
        localStorage.clear();
        for (const [key, value] of entries) localStorage.setItem(key, value);
        sessionStorage.setItem("bench.seeded", "1");
      }, storageEntries(route.seed));
    }
    if (CSS) {
      await context.addInitScript((css: string) => {
        document.addEventListener("DOMContentLoaded", () => {
          const sheet = document.createElement("style");
          sheet.textContent = css;
          document.head.append(sheet);
        });
      }, CSS);
    }
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(url, { waitUntil: "load" });
    // Long enough for the progressive lists to finish.
    await page.waitForTimeout(3000);
    const trace = JSON.parse((await browser.stopTracing()).toString()) as Parameters<typeof longTasks>[0];
    return longTasks(trace);
  } finally {
    await context.close();
  }
}

const ms = (value: number) => value.toFixed(0).padStart(4);

function report(label: string, runs: LongTask[][]): void {
  const ordered = [...runs].sort((a, b) => blockingMs(a) - blockingMs(b));
  const median = ordered[Math.floor(ordered.length / 2)] ?? [];
  console.log(
    `\n${label}: blocking ${runs.map((tasks) => blockingMs(tasks).toFixed(0)).join(", ")} ms (median ${blockingMs(median).toFixed(0)})`,
  );
  for (const task of median) {
    console.log(
      `  at ${ms(task.start)} ms: ${ms(task.duration)} ms — script ${ms(task.script)}, style ${ms(task.style)}, layout ${ms(task.layout)} ` +
        `(${task.layoutPasses} pass${task.layoutPasses === 1 ? "" : "es"}), paint ${ms(task.paint)}, gc ${ms(task.gc)}`,
    );
  }
}

const app = await startServer(PORT);
const floor = await startServer(PORT + 1, { cwd: buildFloorApp(), distDir: ".next", readyPath: "/" });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  console.log(`Long tasks at 4x CPU, 412x823 window, ${RUNS} run(s) each${CSS ? `, with ${CSS}` : ""}.`);
  const floorRuns: LongTask[][] = [];
  for (let run = 0; run < RUNS; run += 1) floorRuns.push(await traceOnce(browser, `${floor.url}/`, undefined));
  report("floor (bare Next.js page)", floorRuns);
  for (const route of routes) {
    const runs: LongTask[][] = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await traceOnce(browser, app.url + route.path, route));
    report(route.label, runs);
  }
} finally {
  await browser.close();
  await app.stop();
  await floor.stop();
  removeFloorApp();
}
