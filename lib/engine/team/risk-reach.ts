/**
 * Which risks each respondent's own answers raise: a risk only some of the team sees is the
 * conversation to have, so those come before the ones everybody already agrees on.
 */
import type { ContentIndex } from "../content-index";
import { titleOf } from "../content-index";
import type { RaisedRisk } from "../risks";
import { bandOf } from "../scoring";
import type { RiskComparison, Voice } from "./team-types";
import { compareText } from "./voices";

export interface OwnRisks {
  voice: Voice;
  /** The risks this respondent's answers raise. */
  raised: readonly RaisedRisk[];
}

export function compareRisks(index: Pick<ContentIndex, "risk">, own: readonly OwnRisks[]): RiskComparison[] {
  const byRisk = new Map<string, { worst: number; raisedBy: Voice[] }>();
  for (const { voice, raised } of own) {
    for (const risk of raised) {
      const entry = byRisk.get(risk.id);
      if (entry) {
        entry.worst = Math.max(entry.worst, risk.severity);
        entry.raisedBy.push(voice);
      } else byRisk.set(risk.id, { worst: risk.severity, raisedBy: [voice] });
    }
  }
  const rows = [...byRisk].map(([id, { worst, raisedBy }]) => ({
    worst,
    row: {
      risk: id,
      title: titleOf(index.risk, id),
      band: bandOf(worst),
      raisedBy,
      reach: raisedBy.length === own.length ? "all" : "some",
    } satisfies RiskComparison,
  }));
  const reachRank = (reach: RiskComparison["reach"]): number => (reach === "some" ? 0 : 1);
  rows.sort(
    (a, b) =>
      reachRank(a.row.reach) - reachRank(b.row.reach) ||
      b.worst - a.worst ||
      compareText(a.row.title, b.row.title) ||
      compareText(a.row.risk, b.row.risk),
  );
  return rows.map(({ row }) => row);
}
