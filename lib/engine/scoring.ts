/**
 * Severity and bands, as DESIGN.md fixes them: severity = likelihood × impact (1–25);
 * low 1–4, medium 5–9, high 10–15, critical 16–25.
 */
export const BANDS = ["critical", "high", "medium", "low"] as const;
export type Band = (typeof BANDS)[number];

export const LEVELS = [1, 2, 3, 4, 5] as const;
export type Level = (typeof LEVELS)[number];

export const LIKELIHOOD_LABELS: Readonly<Record<Level, string>> = {
  1: "Rare",
  2: "Unlikely",
  3: "Possible",
  4: "Likely",
  5: "Almost certain",
};

export const IMPACT_LABELS: Readonly<Record<Level, string>> = {
  1: "Negligible",
  2: "Minor",
  3: "Moderate",
  4: "Major",
  5: "Severe",
};

export const BAND_LABELS: Readonly<Record<Band, string>> = {
  critical: "Critical",
  high: "High",
  medium: "Medium",
  low: "Low",
};

export function severityOf(likelihood: number, impact: number): number {
  return likelihood * impact;
}

export function bandOf(severity: number): Band {
  if (severity >= 16) return "critical";
  if (severity >= 10) return "high";
  if (severity >= 5) return "medium";
  return "low";
}

export function isBand(value: string): value is Band {
  return (BANDS as readonly string[]).includes(value);
}

/** Higher is more severe; used to sort and to compare bands. */
export function bandRank(band: Band): number {
  return BANDS.length - BANDS.indexOf(band);
}
