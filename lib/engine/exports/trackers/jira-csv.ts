/**
 * The plan as a file for Jira Cloud's CSV import (Settings > System > External System
 * Import > CSV, the importer that keeps parent links): an Epic per phase, then a Task per
 * action whose Parent is its phase's epic, by the file's own Issue ID. The epics come
 * first because the importer links a child only to a parent it has already read. Each
 * action lists, in its "Blocks" columns, the Issue IDs of the actions that wait on it, so
 * every dependency arrives as a "blocks" / "is blocked by" link.
 *
 * The named person goes into the description, not Assignee: Jira takes only an account
 * there (an email it can match), and the assessment holds a name. Descriptions are Jira
 * wiki markup, so all text is escaped; every cell goes through csvCell, which
 * neutralises spreadsheet formulas.
 */
import type { ActionView } from "../../assess/assessment-view";
import { EFFORT_DAYS, type Priority } from "../../plan";
import { toCsv } from "../csv";
import type { ExportDocument } from "../export-document";
import type { TrackerOptions } from "./tracker-options";
import {
  actionLabels,
  describeAction,
  highestPriority,
  inlineUserText,
  keptDependents,
  PLAN_LABEL,
  slug,
  STATUS_LABELS,
  trackedPlan,
  type ActionDescription,
} from "./tracker-plan";

/** The columns before the repeated ones, named as Jira's importer names its fields. */
export const JIRA_FIXED_COLUMNS = ["Issue ID", "Issue Type", "Summary", "Description", "Priority", "Parent", "Original Estimate"] as const;

/** A default Jira priority scheme has five levels; "baseline" (needed whatever the answers) ranks lowest among ours. */
export const JIRA_PRIORITIES: Readonly<Record<Priority, string>> = {
  critical: "Highest",
  high: "High",
  medium: "Medium",
  low: "Low",
  baseline: "Low",
};

/** Jira counts a working day as 8 hours by default; the estimate goes in as seconds (see docs/trackers.md). */
const SECONDS_PER_DAY = 8 * 60 * 60;

/** Characters that start wiki markup (emphasis, links, macros, tables, mentions); a backslash makes each literal. */
const WIKI_SPECIAL = /[*_{}[\]|!#^~+\-?]/g;

/**
 * Wiki markup reads two backslashes as a line break, so a backslash of the text's own
 * cannot be escaped like the rest: it is written as the look-alike "⧵" (U+29F5).
 */
export function escapeJiraWiki(text: string): string {
  return inlineUserText(text)
    .replaceAll("\\", "\u29F5")
    .replace(WIKI_SPECIAL, (char) => `\\${char}`);
}

function actionDescription({ detail, why, facts, references }: ActionDescription): string {
  // Content text is ours; it is escaped too, so a title with "[" or "*" reads as written.
  const lines = [
    escapeJiraWiki(detail),
    "",
    ...(why.length > 0 ? ["*Why*", ...why.map((risk) => `* Mitigates: ${escapeJiraWiki(risk)}`), ""] : []),
    "*Plan*",
    ...facts.map((fact) => `* ${fact.label}: ${escapeJiraWiki(fact.text)}`),
    ...(references.length > 0
      ? ["", "*References*", ...references.map((reference) => `* [${escapeJiraWiki(reference.label)}|${reference.url}]`)]
      : []),
  ];
  return lines.join("\n");
}

function statusLabel(action: ActionView): string[] {
  return action.decision.status === "open" ? [] : [STATUS_LABELS[action.decision.status]];
}

export function toJiraCsv(doc: ExportDocument, options: TrackerOptions): string {
  const plan = trackedPlan(doc, options);
  const epicId = new Map(plan.phases.map((tracked, i) => [tracked.phase.id, i + 1]));
  const actionId = new Map(plan.actions.map((action, i) => [action.id, plan.phases.length + i + 1]));
  const name = escapeJiraWiki(doc.assessment.name);

  const epics = plan.phases.map(({ phase, actions }, i) => ({
    cells: [
      epicId.get(phase.id) ?? "",
      "Epic",
      phase.title,
      [
        escapeJiraWiki(phase.summary),
        "",
        `Phase ${i + 1} of ${plan.phases.length} of the container adoption plan for “${name}”, from Know Before You Deploy: ${actions.length} action${actions.length === 1 ? "" : "s"}.`,
      ].join("\n"),
      JIRA_PRIORITIES[highestPriority(actions)],
      "",
      "",
    ],
    labels: [PLAN_LABEL, `phase-${slug(phase.id)}`],
    blocks: [] as number[],
  }));
  const tasks = plan.actions.map((action) => ({
    cells: [
      actionId.get(action.id) ?? "",
      "Task",
      action.title,
      actionDescription(describeAction(action)),
      JIRA_PRIORITIES[action.priority],
      epicId.get(action.phase) ?? "",
      EFFORT_DAYS[action.effort] * SECONDS_PER_DAY,
    ],
    labels: [...actionLabels(action, doc).map((label) => label.name), ...statusLabel(action)],
    blocks: keptDependents(action, plan).flatMap((dependent) => actionId.get(dependent.id) ?? []),
  }));

  const rows = [...epics, ...tasks];
  // Jira reads several values of one field from repeated columns of the same name.
  const labelColumns = Math.max(1, ...rows.map((row) => row.labels.length));
  const blockColumns = Math.max(1, ...rows.map((row) => row.blocks.length));
  const pad = <T>(values: readonly T[], length: number): (T | string)[] => [
    ...values,
    ...Array.from({ length: length - values.length }, () => ""),
  ];
  return toCsv([
    [...JIRA_FIXED_COLUMNS, ...pad([], labelColumns).map(() => "Labels"), ...pad([], blockColumns).map(() => "Blocks")],
    ...rows.map((row) => [...row.cells, ...pad(row.labels, labelColumns), ...pad(row.blocks, blockColumns)]),
  ]);
}
