/** Readiness figures grouped into levels, each with its words, so colour is never the only signal. */
export type ReadinessLevel = "ready" | "fair" | "weak" | "poor" | "unknown";

export const READINESS_LEVEL_LABELS: Readonly<Record<ReadinessLevel, string>> = {
  ready: "Ready",
  fair: "Some work",
  weak: "Significant work",
  poor: "Not ready",
  unknown: "Unknown: not answered",
};

export function readinessLevel(score: number | null): ReadinessLevel {
  if (score === null) return "unknown";
  if (score >= 75) return "ready";
  if (score >= 50) return "fair";
  if (score >= 25) return "weak";
  return "poor";
}
