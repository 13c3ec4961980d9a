/**
 * What "as light as the framework allows" means, against the bare Next.js page measured
 * in the same run: the figures the README promises.
 */
import type { BenchRoute } from "./bench-routes";
import type { LighthouseFigures } from "./lighthouse-run";

export const TARGETS = {
  /** Lighthouse performance at most this far below the floor's … */
  scoreBelowFloor: 0.03,
  /** … and never below this. */
  minScore: 0.95,
  tbtMs: 100,
  lcpMs: 300,
  jsKb: 40,
  jsAimKb: 20,
  /** For pages that show no assessment (guides, not found). */
  staticJsKb: 10,
} as const;

export function jsBudgetKb(route: Pick<BenchRoute, "static">): number {
  return route.static ? TARGETS.staticJsKb : TARGETS.jsKb;
}

export function lighthouseVerdict(
  route: Pick<BenchRoute, "static">,
  page: LighthouseFigures & { jsBytes: number },
  floor: LighthouseFigures & { jsBytes: number },
): { met: boolean; missed: string[] } {
  const missed: string[] = [];
  // Scores are compared as Lighthouse reports them, to two places.
  const score = Math.round(page.score * 100);
  if (score < Math.round(floor.score * 100) - TARGETS.scoreBelowFloor * 100 || score < TARGETS.minScore * 100) missed.push("score");
  if (page.tbt > floor.tbt + TARGETS.tbtMs) missed.push("TBT");
  if (page.lcp > floor.lcp + TARGETS.lcpMs) missed.push("LCP");
  if (page.jsBytes > floor.jsBytes + jsBudgetKb(route) * 1024) missed.push("JS");
  return { met: missed.length === 0, missed };
}
