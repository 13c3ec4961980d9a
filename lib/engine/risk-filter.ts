/** Narrowing the risk register: by area, by band, and by one matrix cell. */
import type { RaisedRisk } from "./risks";
import type { Band, Level } from "./scoring";

export interface RiskFilter {
  area?: string | undefined;
  band?: Band | undefined;
  cell?: { likelihood: Level; impact: Level } | undefined;
}

export function filterRisks<T extends RaisedRisk>(risks: readonly T[], filter: RiskFilter): T[] {
  return risks.filter(
    (risk) =>
      (filter.area === undefined || risk.area === filter.area) &&
      (filter.band === undefined || risk.band === filter.band) &&
      (filter.cell === undefined || (risk.likelihood === filter.cell.likelihood && risk.impact === filter.cell.impact)),
  );
}

export function isFiltered(filter: RiskFilter): boolean {
  return filter.area !== undefined || filter.band !== undefined || filter.cell !== undefined;
}
