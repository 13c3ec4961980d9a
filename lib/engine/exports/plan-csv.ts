/**
 * The plan as CSV: one row per action, in plan order, ready for a tracker's import. "Start
 * here" holds the action's place (1–7) among the ones to begin with, or nothing.
 */
import { toCsv } from "./csv";
import type { ExportDocument } from "./export-document";

export const PLAN_CSV_HEADER = [
  "Phase",
  "Order",
  "Action",
  "Owner role",
  "Person",
  "Effort",
  "Priority",
  "Status",
  "Risks",
  "Depends on",
  "Note",
  "Not applicable because",
  // Added at the end so a tracker's existing column mapping keeps working.
  "Effort range",
  "Start here",
  "Why now",
  "From the team's files",
] as const;

export function planToCsv(doc: ExportDocument): string {
  const start = new Map(doc.plan.startHere.map((item, i) => [item.id, { position: i + 1, whyNow: item.whyNow }]));
  // The lines of the team's files behind the answers that raised each risk.
  const riskEvidence = new Map(doc.risks.map((risk) => [risk.id, risk.why.flatMap((w) => (w.evidence ? [w.evidence] : []))]));
  const evidenceOf = (riskIds: readonly string[]): string => [...new Set(riskIds.flatMap((id) => riskEvidence.get(id) ?? []))].join("; ");
  const rows = doc.plan.phases.flatMap((phase) =>
    phase.actions.map((action) => [
      phase.title,
      action.order,
      action.title,
      action.ownerTitle,
      action.decision.person ?? "",
      action.effort,
      action.priorityLabel,
      action.statusLabel,
      action.riskTitles.join("; "),
      action.dependsOnTitles.join("; "),
      action.decision.note ?? "",
      action.decision.status === "not-applicable" ? (action.decision.reason ?? "") : "",
      action.effortRange,
      start.get(action.id)?.position ?? "",
      start.get(action.id)?.whyNow ?? "",
      evidenceOf(action.mitigates.map((m) => m.id)),
    ]),
  );
  return toCsv([[...PLAN_CSV_HEADER], ...rows]);
}
