/**
 * /portfolio in the browser: 10 and 50 saved applications in one programme, the production
 * build in Debian's Chromium, unthrottled and with the CPU slowed four-fold (Lighthouse's
 * mobile factor). Per run: the time from navigation until the heat map shows every row and the ranking is there,
 * and the main thread's blocking time until then (each long task's time past 50 ms, as
 * Lighthouse counts it). Medians of 5 runs; the build must exist (`npm run build`).
 *
 *   npm run bench:portfolio-render
 */
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../e2e/support/chromium";
import type { Programme } from "@/lib/engine";
import { MemoryStorage } from "@/lib/state/memory-storage";
import { writeProgrammes } from "@/lib/state/programme-storage";
import { writeStoredRecord } from "@/lib/state/record-storage";
import { questionnaire } from "../content/questionnaire";
import { application } from "./support/portfolio-apps";
import { startServer } from "./support/server";

const RUNS = 5;
const PORT = 3390;

function entries(size: number): [string, string][] {
  const storage = new MemoryStorage();
  const apps = Array.from({ length: size }, (_, i) => application(i));
  for (const app of apps) writeStoredRecord(storage, app);
  const programme: Programme = {
    id: "bench-programme",
    name: "Bench programme",
    createdAt: "2026-12-01T00:00:00.000Z",
    updatedAt: "2026-12-01T00:00:00.000Z",
    contentVersion: questionnaire.version,
    answers: {},
    members: apps.map((app) => ({ assessmentId: app.id, inherited: {} })),
  };
  writeProgrammes(storage, [programme]);
  return storage.keys().map((key): [string, string] => [key, storage.getItem(key) ?? ""]);
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function measure(url: string, size: number, slowdown: number): Promise<{ shown: number; blocking: number }> {
  const browser = await chromium.launch({ ...(chromiumPath ? { executablePath: chromiumPath } : {}), args: chromiumArgs });
  try {
    const shown: number[] = [];
    const blocking: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript((items: [string, string][]) => {
        for (const [key, value] of items) localStorage.setItem(key, value);
        const tasks: number[] = [];
        (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
        new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({
          type: "longtask",
          buffered: true,
        });
      }, entries(size));
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: slowdown });
      await page.goto(`${url}/portfolio`);
      await page.waitForFunction(
        (rows) => document.querySelectorAll(".heat-map tbody tr").length === rows && document.getElementById("pilot-title") !== null,
        size,
        { timeout: 120_000 },
      );
      const figures = await page.evaluate(() => ({
        at: performance.now(),
        tasks: (window as unknown as { __longTasks: number[] }).__longTasks,
      }));
      shown.push(figures.at);
      blocking.push(figures.tasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0));
      await context.close();
    }
    return { shown: median(shown), blocking: median(blocking) };
  } finally {
    await browser.close();
  }
}

const server = await startServer(PORT);
try {
  const lines = [
    `/portfolio in Chromium, production build, median of ${RUNS} runs`,
    "",
    "| applications | CPU | heat map shown (ms) | blocking time until then (ms) |",
    "| ---: | --- | ---: | ---: |",
  ];
  for (const size of [10, 50]) {
    for (const slowdown of [1, 4]) {
      const { shown, blocking } = await measure(server.url, size, slowdown);
      lines.push(`| ${size} | ${slowdown === 1 ? "as is" : `${slowdown}× slower`} | ${shown.toFixed(0)} | ${blocking.toFixed(0)} |`);
    }
  }
  console.log(lines.join("\n"));
} finally {
  await server.stop();
}
