/**
 * The programme plan as Markdown: the programme actions once, with the applications that
 * need each, then each application's own actions under its name. Numbers are the combined
 * plan's, so they match the CSV and tracker files. Application names are the user's words:
 * the plan is built with them escaped (see programme-export.ts), and written nowhere raw.
 */
import type { ActionView } from "../assess/assessment-view";
import { calendarDayIn, isoDay } from "../calendar-day";
import { instanceId } from "../portfolio/combined-plan";
import type { ProgrammePlan } from "../portfolio/programme-plan";
import { escapeMarkdown as user, table } from "./markdown-escape";

/** Text made of our words and already-escaped names: only a pipe not yet escaped, or a line break, would break a row. */
const cell = (text: string): string => text.replace(/\r\n?|[\n\u2028\u2029]/g, " ").replace(/(?<!\\)\|/g, "\\|");

function details(items: readonly { action: ActionView; title: string }[]): string[] {
  return items.flatMap(({ action, title }) => [
    `#### ${action.order}. ${cell(title)}`,
    "",
    action.detail,
    "",
    ...(action.decision.status === "not-applicable" ? [`**Not applicable because:** ${user(action.decision.reason ?? "")}`, ""] : []),
    ...(action.decision.note ? [`**Note:** ${user(action.decision.note)}`, ""] : []),
  ]);
}

function programmeSection(plan: ProgrammePlan): string[] {
  if (plan.programmeActions.length === 0) return [];
  return [
    "## Programme actions",
    "",
    "Done once, for every application that needs them.",
    "",
    table(
      ["#", "Action", "Owner", "Effort", "Priority", "Status", "Needed by", "Depends on"],
      plan.programmeActions.map(({ action, applications }) => [
        String(action.order),
        cell(action.title),
        cell(action.ownerTitle),
        `${action.effort} (${action.effortRange})`,
        action.priorityLabel,
        action.statusLabel,
        applications.map((need) => user(need.name)).join(", "),
        cell(action.dependsOnTitles.join("; ")),
      ]),
    ),
    "",
    ...details(plan.programmeActions.map(({ action }) => ({ action, title: action.title }))),
  ];
}

function applicationSections(plan: ProgrammePlan): string[] {
  const placed = new Map(plan.plan.phases.flatMap((phase) => phase.actions).map((action) => [action.id, action]));
  const programmeOrder = new Map(plan.programmeActions.map((entry) => [entry.action.id, entry.action.order]));
  return plan.applications.flatMap((application) => {
    const own = application.actions.flatMap((action) => {
      const entry = placed.get(instanceId(action.id, application.assessmentId));
      return entry ? [{ entry, title: action.title }] : [];
    });
    const needs = application.programmeActions.flatMap((id) => programmeOrder.get(id) ?? []).map((order) => `#${order}`);
    return [
      `## ${user(application.name)}`,
      "",
      `${own.length === 1 ? "One action" : `${own.length} actions`} of its own${needs.length > 0 ? `; it also needs programme actions ${needs.join(", ")}` : ""}.`,
      "",
      ...(own.length === 0
        ? []
        : [
            table(
              ["#", "Action", "Owner", "Person", "Effort", "Priority", "Status", "Depends on"],
              own.map(({ entry, title }) => [
                String(entry.order),
                cell(title),
                cell(entry.ownerTitle),
                user(entry.decision.person ?? ""),
                `${entry.effort} (${entry.effortRange})`,
                entry.priorityLabel,
                entry.statusLabel,
                cell(entry.dependsOnTitles.join("; ")),
              ]),
            ),
            "",
            ...details(own.map(({ entry, title }) => ({ action: entry, title }))),
          ]),
    ];
  });
}

/** Days are those the moments fell on in `timeZone`, the user's IANA zone. */
export function programmeToMarkdown(plan: ProgrammePlan, exportedAt: Date, timeZone: string): string {
  const s = plan.plan.summary;
  const own = plan.applications.reduce((sum, application) => sum + application.actions.length, 0);
  return (
    [
      `# Container adoption programme plan: ${user(plan.name)}`,
      "",
      `- **Applications:** ${plan.applications.length}`,
      `- **Exported:** ${isoDay(calendarDayIn(exportedAt, timeZone))}`,
      `- **Questionnaire version:** ${plan.contentVersion}`,
      "",
      `${s.total} actions: ${plan.programmeActions.length} for the programme, done once, and ${own} for the applications; effort ${s.byEffort.S} small, ${s.byEffort.M} medium, ${s.byEffort.L} large (roughly ${plan.plan.personDaysLabel}).`,
      "",
      ...(plan.plan.startHere.length === 0
        ? []
        : [
            "### Start here",
            "",
            ...plan.plan.startHere.map(
              (item, i) => `${i + 1}. **${cell(item.title)}** (#${item.order}, ${item.effortRange}) — ${cell(item.whyNow)}`,
            ),
            "",
          ]),
      ...programmeSection(plan),
      ...applicationSections(plan),
    ]
      .join("\n")
      .replace(/\n{3,}/g, "\n\n") + "\n"
  );
}
