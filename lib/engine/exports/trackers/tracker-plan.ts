/**
 * The plan as every tracker import sees it: the actions kept (see TrackerOptions), in
 * plan order, grouped by phase; the links between kept actions; labels as slugs (Jira
 * labels cannot hold spaces, GitHub splits them on commas); and each description's parts,
 * with the user's own words marked so each format can make them inert its own way.
 */
import type { ActionView, PhaseView } from "../../assess/assessment-view";
import { PRIORITY_LABELS, type Priority } from "../../plan";
import { withoutInvisibleControls } from "../../visible-text";
import type { ExportDocument } from "../export-document";
import type { TrackerOptions } from "./tracker-options";

export interface TrackedPhase {
  phase: PhaseView;
  /** Its kept actions, in plan order. Phases with none are left out. */
  actions: ActionView[];
}

export interface TrackedPlan {
  phases: TrackedPhase[];
  /** Every kept action, in plan order: nothing comes before what it depends on. */
  actions: ActionView[];
  /** The kept actions by id. */
  byId: ReadonlyMap<string, ActionView>;
}

export function trackedPlan(doc: ExportDocument, { include }: TrackerOptions): TrackedPlan {
  const kept = (action: ActionView) => include === "all" || action.decision.status === "open";
  const phases = doc.plan.phases
    .map((phase) => ({ phase, actions: phase.actions.filter(kept) }))
    .filter((tracked) => tracked.actions.length > 0);
  const actions = phases.flatMap((tracked) => tracked.actions).sort((a, b) => a.order - b.order);
  return { phases, actions, byId: new Map(actions.map((action) => [action.id, action])) };
}

/** The kept actions this one waits on: a dependency left out (done, say) gets no link. */
export function keptDependencies(action: ActionView, plan: TrackedPlan): ActionView[] {
  return action.dependsOn.flatMap((id) => plan.byId.get(id) ?? []);
}

/** The kept actions that wait on this one. */
export function keptDependents(action: ActionView, plan: TrackedPlan): ActionView[] {
  return action.neededBy.flatMap((id) => plan.byId.get(id) ?? []);
}

/** Lower-case letters, digits and hyphens only: safe as a Jira label, an Azure tag and a GitHub label. */
export function slug(text: string): string {
  const words = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return words.slice(0, 40).replace(/-+$/g, "") || "x";
}

/** Marks every item this app puts in a tracker, so a team can find (or remove) them in one search. */
export const PLAN_LABEL = "know-before-you-deploy";

export const STATUS_LABELS = { done: "status-done", "not-applicable": "status-not-applicable" } as const;

/** A label and, for trackers that describe labels (GitHub), what it means. */
export interface TrackerLabel {
  name: string;
  meaning: string;
}

/** The action's labels: the plan, its phase, owner role, the areas of what it mitigates, priority and size. */
export function actionLabels(action: ActionView, doc: ExportDocument): TrackerLabel[] {
  const riskArea = new Map(doc.risks.map((risk) => [risk.id, { id: risk.area, title: risk.areaTitle }]));
  const areas = [
    ...action.mitigates.map((risk) => riskArea.get(risk.id)),
    action.discovery && { id: action.discovery.area, title: action.discovery.areaTitle },
  ].flatMap((area) => (area ? [{ name: `area-${slug(area.id)}`, meaning: `Area: ${area.title}` }] : []));
  const labels = [
    { name: PLAN_LABEL, meaning: "From the Know Before You Deploy adoption plan" },
    { name: `phase-${slug(action.phase)}`, meaning: `Phase: ${action.phaseTitle}` },
    { name: `owner-${slug(action.owner)}`, meaning: `Owner role: ${action.ownerTitle}` },
    ...areas,
    { name: `priority-${action.priority}`, meaning: `Priority: ${action.priorityLabel}` },
    { name: `effort-${action.effort.toLowerCase()}`, meaning: `Effort: ${action.effort} (${action.effortRange})` },
    ...(action.discovery ? [{ name: "find-out", meaning: "A find-out task: an unknown answer to settle" }] : []),
  ];
  return labels.filter((label, i) => labels.findIndex((other) => other.name === label.name) === i);
}

/** The highest priority among actions (a phase's epic takes its most urgent action's). */
export function highestPriority(actions: readonly ActionView[]): Priority {
  const rank: readonly Priority[] = ["critical", "high", "medium", "low", "baseline"];
  return rank.find((priority) => actions.some((action) => action.priority === priority)) ?? "baseline";
}

/** One fact of a description. `user` marks the user's own words, which a format must keep inert. */
export interface Fact {
  label: string;
  text: string;
  user: boolean;
}

export interface ActionDescription {
  /** What to do. */
  detail: string;
  /** Why: the risks it mitigates, with their bands. */
  why: string[];
  facts: Fact[];
  references: readonly { label: string; url: string }[];
}

/**
 * User text on one line with nothing invisible in it: a line break in a note must not
 * start a heading or list item in any tracker's markup, and a bidi override must not
 * disguise what follows.
 */
export function inlineUserText(text: string): string {
  return withoutInvisibleControls(text).replace(/\r\n?|[\n\u2028\u2029]/g, " ");
}

export function describeAction(action: ActionView): ActionDescription {
  const { decision } = action;
  const user = (label: string, text: string | undefined): Fact[] =>
    text === undefined || text.trim() === "" ? [] : [{ label, text: inlineUserText(text), user: true }];
  const fact = (label: string, text: string): Fact => ({ label, text, user: false });
  return {
    detail: action.detail,
    why: action.riskTitles.map((title, i) => {
      const risk = action.mitigates[i];
      if (risk === undefined) return title;
      // A risk the team accepted or mitigated another way gives the action no priority: say so.
      return `${title} (${PRIORITY_LABELS[risk.band]}${risk.settled ? "; settled by the team's decision, see its decision record" : ""})`;
    }),
    facts: [
      fact("Phase", action.phaseTitle),
      fact("Owner", action.ownerTitle),
      fact("Effort", `${action.effort} (${action.effortLabel}), ${action.effortRange}`),
      fact(
        "Priority",
        action.inheritedPriority ? `${action.priorityLabel} (from an action that needs this one first)` : action.priorityLabel,
      ),
      ...(action.setAside
        ? [
            fact(
              "Set aside",
              "every risk it mitigates has been accepted or mitigated another way; it regains its priority when one of those decisions is due for review or taken back",
            ),
          ]
        : []),
      ...(action.dependsOnTitles.length > 0 ? [fact("Depends on", action.dependsOnTitles.join("; "))] : []),
      ...(decision.status === "open" ? [] : [fact("Status", action.statusLabel)]),
      ...(decision.status === "not-applicable" ? user("Not applicable because", decision.reason) : []),
      ...user("Person", decision.person),
      ...user("Note", decision.note),
    ],
    references: action.references.filter((reference) => /^https?:\/\//i.test(reference.url)),
  };
}
