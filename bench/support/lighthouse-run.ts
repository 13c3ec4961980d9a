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

export async function lighthouseRun(url: string, port: number, desktop: boolean): Promise<LighthouseFigures> {
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
