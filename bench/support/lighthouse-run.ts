/**
 * One Lighthouse (12.2.3) run on a page, in the Chromium the benchmark launched with a
 * debugging port: its performance score, total blocking time, largest contentful paint
 * (the JavaScript is measured apart, without prefetches). Mobile with Lighthouse's
 * default throttling, or desktop.
 */
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";

export interface LighthouseFigures {
  score: number;
  tbt: number;
  lcp: number;
}

/** Lighthouse now and then fails to record a trace (NO_NAVSTART and the like): such a run is retried. */
const ATTEMPTS = 3;

export async function lighthouseRun(url: string, port: number, desktop: boolean): Promise<LighthouseFigures> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await lighthouseOnce(url, port, desktop);
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
    }
  }
}

async function lighthouseOnce(url: string, port: number, desktop: boolean): Promise<LighthouseFigures> {
  const result = await lighthouse(
    url,
    { port, output: "json", logLevel: "error", disableStorageReset: true, onlyCategories: ["performance"] },
    desktop ? desktopConfig : undefined,
  );
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
  return {
    score: lhr.categories.performance?.score ?? 0,
    tbt: lhr.audits["total-blocking-time"]?.numericValue ?? 0,
    lcp: lhr.audits["largest-contentful-paint"]?.numericValue ?? 0,
  };
}
