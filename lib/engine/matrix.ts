/**
 * The 5 × 5 risk matrix: impact as rows from 5 (top) down to 1, likelihood as columns
 * from 1 to 5. Every cell knows its band whether or not a risk sits in it.
 */
import type { RaisedRisk } from "./risks";
import { BANDS, bandOf, LEVELS, severityOf, type Band, type Level } from "./scoring";

export interface MatrixCell {
  likelihood: Level;
  impact: Level;
  severity: number;
  band: Band;
  riskIds: string[];
}

export interface MatrixRow {
  impact: Level;
  cells: MatrixCell[];
}

export function buildMatrix(risks: readonly RaisedRisk[]): MatrixRow[] {
  return [...LEVELS].reverse().map((impact) => ({
    impact,
    cells: LEVELS.map((likelihood) => {
      const severity = severityOf(likelihood, impact);
      return {
        likelihood,
        impact,
        severity,
        band: bandOf(severity),
        riskIds: risks.filter((r) => r.likelihood === likelihood && r.impact === impact).map((r) => r.id),
      };
    }),
  }));
}

export type BandCounts = Record<Band, number>;

export function countByBand(risks: readonly RaisedRisk[]): BandCounts {
  const counts = Object.fromEntries(BANDS.map((band) => [band, 0])) as BandCounts;
  for (const risk of risks) counts[risk.band] += 1;
  return counts;
}
