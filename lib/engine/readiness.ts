/**
 * Readiness per area, one figure from 0 to 100 derived from the severities of the area's
 * raised risks. Each risk takes away a share of what is left in proportion to its
 * severity (a critical 25 takes 80 %), so one critical outweighs several lows and the
 * figure never goes below zero. An area nobody answered has no figure: it is unknown,
 * not ready.
 */
import type { AreaProgress, AreaStatus } from "./progress";
import type { RaisedRisk } from "./risks";
import { bandOf, type Band } from "./scoring";

export interface AreaReadiness {
  area: string;
  /** 0–100, or null when the area has not been answered at all. */
  score: number | null;
  status: AreaStatus;
  riskCount: number;
  worstBand: Band | null;
}

const SHARE_AT_MAX_SEVERITY = 0.8;

export function readinessScore(severities: readonly number[]): number {
  const left = severities.reduce((remaining, severity) => remaining * (1 - (SHARE_AT_MAX_SEVERITY * severity) / 25), 1);
  return Math.round(100 * left);
}

export function areaReadiness(progress: readonly AreaProgress[], risks: readonly RaisedRisk[]): AreaReadiness[] {
  return progress.map((area) => {
    const own = risks.filter((risk) => risk.area === area.area);
    const worst = own.reduce((max, risk) => Math.max(max, risk.severity), 0);
    return {
      area: area.area,
      score: area.status === "not-started" ? null : readinessScore(own.map((risk) => risk.severity)),
      status: area.status,
      riskCount: own.length,
      worstBand: worst === 0 ? null : bandOf(worst),
    };
  });
}
