/**
 * Every page against the real floor: a bare Next.js page built from the same installed
 * next, react and react-dom, served beside the app and measured in the same run.
 *
 *   npm run build && npm run bench          all of it: JavaScript, Lighthouse, engine, links
 *   npm run bench -- js lighthouse          some parts (js, lighthouse, engine, links)
 *
 * BENCH_RUNS (default 5) Lighthouse runs per page and as many of the floor, interleaved
 * (floor, page, floor, page …) so both see the same machine; BENCH_FORM_FACTOR=desktop;
 * BENCH_ROUTES=plan,guide keeps the pages whose label contains one of the words.
 * Exits non-zero when a page misses a target.
 */
import { chromium } from "@playwright/test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromiumArgs, chromiumPath } from "../e2e/support/chromium";
import { BENCH_ROUTES, type BenchRoute } from "./support/bench-routes";
import { engineFigures } from "./support/engine-figures";
import { buildFloorApp, removeFloorApp } from "./support/floor-app";
import { jsFetchedUntilHydrated, type JsBytes } from "./support/js-bytes";
import { lighthouseRun, type LighthouseFigures } from "./support/lighthouse-run";
import { linkFigures } from "./support/link-figures";
import { HEAVIEST_TEAM, storageEntries } from "./support/seed";
import { startServer, type RunningServer } from "./support/server";
import { TARGETS, lighthouseVerdict, jsBudgetKb } from "./support/targets";

const PARTS = ["js", "lighthouse", "engine", "links"] as const;
type Part = (typeof PARTS)[number];
const asked = process.argv.slice(2).filter((arg): arg is Part => (PARTS as readonly string[]).includes(arg));
const parts: readonly Part[] = asked.length > 0 ? asked : PARTS;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** BENCH_PORT (default 3811) for the app; the floor and the browser's debugging port take the next two. */
const PORT = Number(process.env.BENCH_PORT ?? 3811);
const DEBUG_PORT = PORT + 2;
const desktop = process.env.BENCH_FORM_FACTOR === "desktop";
const filters = (process.env.BENCH_ROUTES ?? "").split(",").filter(Boolean);
const routes = BENCH_ROUTES.filter((route) => filters.length === 0 || filters.some((word) => route.label.includes(word)));

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const signed = (value: number, digits: number) => `${value >= 0 ? "+" : "−"}${Math.abs(value).toFixed(digits)}`;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
let missed = 0;

interface JsFigures {
  floor: JsBytes;
  pages: Map<string, { own: JsBytes; all: JsBytes }>;
}

async function measureJs(app: RunningServer, floor: RunningServer): Promise<JsFigures> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const bare = await jsFetchedUntilHydrated(browser, `${floor.url}/`, [], false);
    const pages = new Map<string, { own: JsBytes; all: JsBytes }>();
    for (const route of routes) {
      const entries = storageEntries(route.seed);
      const own = await jsFetchedUntilHydrated(browser, app.url + route.path, entries, false);
      const all = await jsFetchedUntilHydrated(browser, app.url + route.path, entries, true);
      pages.set(route.label, { own, all });
    }
    return { floor: bare, pages };
  } finally {
    await browser.close();
  }
}

function printJs(js: JsFigures): void {
  console.log(
    `\nJavaScript fetched until hydrated (compressed bytes on the wire). Floor: ${kb(js.floor.bytes)} KB in ${js.floor.files} files. ` +
      `Target: floor + ${TARGETS.jsKb} KB (aim + ${TARGETS.jsAimKb} KB); pages that show no assessment floor + ${TARGETS.staticJsKb} KB. ` +
      "With prefetching, Next also fetches the code of the routes behind visible links (the floor has none).\n",
  );
  console.log("| page | files | KB | vs floor | target | met | with prefetching: KB | vs floor |");
  console.log("| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |");
  for (const route of routes) {
    const figures = js.pages.get(route.label);
    if (!figures) continue;
    const above = figures.own.bytes - js.floor.bytes;
    const met = above <= jsBudgetKb(route) * 1024;
    if (!met) missed += 1;
    console.log(
      `| ${route.label} | ${figures.own.files} | ${kb(figures.own.bytes)} | ${signed(above / 1024, 1)} | +${jsBudgetKb(route)} | ${met ? "yes" : "NO"} | ` +
        `${kb(figures.all.bytes)} | ${signed((figures.all.bytes - js.floor.bytes) / 1024, 1)} |`,
    );
  }
}

async function seedOrigin(context: import("@playwright/test").BrowserContext, origin: string, route: BenchRoute): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${origin}/api/health`);
  await page.evaluate((entries: [string, string][]) => {
    localStorage.clear();
    for (const [key, value] of entries) localStorage.setItem(key, value);
  }, storageEntries(route.seed));
  await page.close();
}

async function lighthouseTable(app: RunningServer, floor: RunningServer, js: JsFigures): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), "kbyd-lighthouse-"));
  // A persistent profile, so the assessment seeded here is what Lighthouse's own tab sees.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: [...chromiumArgs, `--remote-debugging-port=${DEBUG_PORT}`],
  });
  try {
    console.log(
      `\nLighthouse 12.2.3, ${desktop ? "desktop" : "mobile (default throttling)"}: median of ${RUNS} runs per page and ${RUNS} of the floor, interleaved. ` +
        `Targets: score ≥ floor − ${TARGETS.scoreBelowFloor} and ≥ ${TARGETS.minScore}; TBT ≤ floor + ${TARGETS.tbtMs} ms; LCP ≤ floor + ${TARGETS.lcpMs} ms; ` +
        "JS is the page's own, until hydrated (the table above).\n",
    );
    console.log("| page | score | floor | Δ | TBT ms | floor | Δ | LCP ms | floor | Δ | JS KB | floor | Δ | met |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
    for (const route of routes.filter((candidate) => !candidate.jsOnly)) {
      await seedOrigin(context, app.url, route);
      const pageRuns: LighthouseFigures[] = [];
      const floorRuns: LighthouseFigures[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        floorRuns.push(await lighthouseRun(`${floor.url}/`, DEBUG_PORT, desktop));
        pageRuns.push(await lighthouseRun(app.url + route.path, DEBUG_PORT, desktop));
      }
      const m = (runs: LighthouseFigures[], pick: (figures: LighthouseFigures) => number) => median(runs.map(pick));
      const jsBytes = js.pages.get(route.label)?.own.bytes ?? 0;
      const page = { score: m(pageRuns, (r) => r.score), tbt: m(pageRuns, (r) => r.tbt), lcp: m(pageRuns, (r) => r.lcp), jsBytes };
      const bare = {
        score: m(floorRuns, (r) => r.score),
        tbt: m(floorRuns, (r) => r.tbt),
        lcp: m(floorRuns, (r) => r.lcp),
        jsBytes: js.floor.bytes,
      };
      const verdict = lighthouseVerdict(route, page, bare);
      if (!verdict.met) missed += 1;
      console.log(
        `| ${route.label} | ${page.score.toFixed(2)} | ${bare.score.toFixed(2)} | ${signed(page.score - bare.score, 2)} | ` +
          `${page.tbt.toFixed(0)} | ${bare.tbt.toFixed(0)} | ${signed(page.tbt - bare.tbt, 0)} | ` +
          `${page.lcp.toFixed(0)} | ${bare.lcp.toFixed(0)} | ${signed(page.lcp - bare.lcp, 0)} | ` +
          `${kb(page.jsBytes)} | ${kb(bare.jsBytes)} | ${signed((page.jsBytes - bare.jsBytes) / 1024, 1)} | ${verdict.met ? "yes" : `NO (${verdict.missed.join(", ")})`} |`,
      );
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

console.log(`Know Before You Deploy against a bare Next.js page; complete assessments are the ${HEAVIEST_TEAM} team (the heaviest).`);
if (parts.includes("js") || parts.includes("lighthouse")) {
  const app = await startServer(PORT);
  let floor: RunningServer | undefined;
  try {
    floor = await startServer(PORT + 1, { cwd: buildFloorApp(), distDir: ".next", readyPath: "/" });
    const js = await measureJs(app, floor);
    if (parts.includes("js")) printJs(js);
    if (parts.includes("lighthouse")) await lighthouseTable(app, floor, js);
  } finally {
    await floor?.stop();
    await app.stop();
    removeFloorApp();
  }
}
if (parts.includes("engine")) console.log(`\n${engineFigures().join("\n")}`);
if (parts.includes("links")) console.log(`\n${linkFigures().join("\n")}`);
if (missed > 0) {
  console.log(`\n${missed} row(s) miss a target.`);
  process.exitCode = 1;
}
