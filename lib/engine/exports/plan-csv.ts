/**
 * The plan as CSV: one row per action, in plan order, ready for a tracker's import. "Start
 * here" holds the action's place (1–7) among the ones to begin with, or nothing. An action
 * whose risks are all settled has the priority "Set aside", and a settled risk in "Risks"
 * says how ("(accepted)"), so the file needs no new column.
 */
import { toCsv } from "./csv";
import type { DocumentAction, ExportDocument } from "./export-document";

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
  // How each settled risk is settled, in words: "accepted", "mitigated another way".
  const settledAs = new Map(
    doc.settledRisks.flatMap((risk) => (risk.decision ? [[risk.id, risk.decision.kindLabel.toLowerCase()] as const] : [])),
  );
  const risksOf = (action: DocumentAction): string =>
    action.mitigates
      .map((m, i) => {
        const title = action.riskTitles[i] ?? m.id;
        const how = settledAs.get(m.id);
        return how ? `${title} (${how})` : title;
      })
      .join("; ");
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
      risksOf(action),
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
