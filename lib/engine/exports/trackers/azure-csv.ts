/**
 * The plan as a file for Azure Boards' "Import work items" (Boards > Queries > Import work
 * items), for a project on the default Agile process: a Feature per phase and, under it,
 * a User Story per action. The importer builds parent-child links from indented title
 * columns: a Feature's title in "Title 1", each of its stories on the rows below with the
 * title in "Title 2". "ID" stays empty, which is how the importer knows an item is new.
 *
 * What the importer cannot take is said elsewhere instead: it creates every item in the
 * New state (so a done or ruled-out action is tagged, not closed), it makes no link but
 * parent-child (so "Depends on" in the description names what comes first), and it needs a known
 * user for Assigned To (so the named person is in the description). Descriptions are
 * HTML, so all text is escaped; every cell goes through csvCell (formula neutralising).
 */
import type { Priority } from "../../plan";
import { toCsv } from "../csv";
import type { ExportDocument } from "../export-document";
import type { TrackerOptions } from "./tracker-options";
import {
  actionLabels,
  describeAction,
  highestPriority,
  inlineUserText,
  PLAN_LABEL,
  slug,
  STATUS_LABELS,
  trackedPlan,
  type ActionDescription,
} from "./tracker-plan";

export const AZURE_COLUMNS = ["ID", "Work Item Type", "Title 1", "Title 2", "Description", "Priority", "Tags"] as const;

/** The Agile process's Priority field runs from 1 (most important) to 4. */
export const AZURE_PRIORITIES: Readonly<Record<Priority, number>> = { critical: 1, high: 2, medium: 3, low: 4, baseline: 4 };

export function escapeHtml(text: string): string {
  return inlineUserText(text)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

const list = (items: readonly string[]): string => `<ul>${items.map((item) => `<li>${item}</li>`).join("")}</ul>`;

function actionDescription({ detail, why, facts, references }: ActionDescription): string {
  return [
    `<p>${escapeHtml(detail)}</p>`,
    ...(why.length > 0 ? ["<p><strong>Why</strong></p>", list(why.map((risk) => `Mitigates: ${escapeHtml(risk)}`))] : []),
    list(facts.map((fact) => `${escapeHtml(fact.label)}: ${escapeHtml(fact.text)}`)),
    ...(references.length > 0
      ? [
          "<p><strong>References</strong></p>",
          list(references.map((reference) => `<a href="${escapeHtml(reference.url)}">${escapeHtml(reference.label)}</a>`)),
        ]
      : []),
  ].join("");
}

/** Azure separates tags with semicolons. */
const tags = (values: readonly string[]): string => values.join("; ");

export function toAzureBoardsCsv(doc: ExportDocument, options: TrackerOptions): string {
  const plan = trackedPlan(doc, options);
  const name = escapeHtml(doc.assessment.name);
  const rows = plan.phases.flatMap(({ phase, actions }, i) => [
    [
      "",
      "Feature",
      phase.title,
      "",
      `<p>${escapeHtml(phase.summary)}</p><p>Phase ${i + 1} of ${plan.phases.length} of the container adoption plan for “${name}”, from Know Before You Deploy: ${actions.length} action${actions.length === 1 ? "" : "s"}.</p>`,
      AZURE_PRIORITIES[highestPriority(actions)],
      tags([PLAN_LABEL, `phase-${slug(phase.id)}`]),
    ],
    ...actions.map((action) => [
      "",
      "User Story",
      "",
      action.title,
      actionDescription(describeAction(action)),
      AZURE_PRIORITIES[action.priority],
      tags([
        ...actionLabels(action, doc).map((label) => label.name),
        ...(action.decision.status === "open" ? [] : [STATUS_LABELS[action.decision.status]]),
      ]),
    ]),
  ]);
  return toCsv([[...AZURE_COLUMNS], ...rows]);
}
