/** The plan as CSV: one row per action, in plan order, ready for a tracker's import. */
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
] as const;

export function planToCsv(doc: ExportDocument): string {
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
    ]),
  );
  return toCsv([[...PLAN_CSV_HEADER], ...rows]);
}
