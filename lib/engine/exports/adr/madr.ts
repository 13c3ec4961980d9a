/**
 * A risk decision as an Architecture Decision Record in the MADR 4 layout (Markdown Any
 * Decision Records: YAML front matter with status, date and decision-makers; context and
 * problem statement, considered options, decision outcome, consequences, more
 * information), so a team can keep it with its other decisions, in its repository.
 * Content text is ours; user text (the name, reasons, people, answers, citations) is
 * escaped, and the one user field in the front matter is a quoted YAML string.
 */
import type { ActionView, AssessmentView, RiskDecisionView, RiskView } from "../../assess/assessment-view";
import { calendarDayIn, isoDay } from "../../calendar-day";
import { evidencePhrase } from "../../evidence/citation";
import { BAND_LABELS, IMPACT_LABELS, LIKELIHOOD_LABELS } from "../../scoring";
import { withoutInvisibleControls } from "../../visible-text";
import { safeFileStem } from "../file-name";
import type { ExportMoment } from "../make-export";
import { escapeMarkdown as user } from "../markdown-escape";

/** MADR's statuses that a risk decision can have: in force or due for review, or no longer raised. */
export type AdrStatus = "accepted" | "deprecated";

/** One decision to record: on a raised risk (settled or due for review), or lapsed (the answers no longer raise it). */
export interface DecisionRecord {
  riskId: string;
  riskTitle: string;
  decision: RiskDecisionView;
  /** The raised risk; absent when the answers no longer raise it. */
  risk?: RiskView;
  status: AdrStatus;
  /** "Accept the risk: …" or "Mitigate another way: …". */
  title: string;
}

export interface AdrFile {
  fileName: string;
  text: string;
  mimeType: "text/markdown";
}

const OPTION: Readonly<Record<RiskDecisionView["kind"], string>> = {
  accepted: "Accept the risk",
  mitigated: "Mitigate another way",
};
const PLAN_OPTION = "Mitigate with the plan's actions";
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const LINE_BREAK = /\r\n?|[\n\u2028\u2029]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A day as saved: checked as YYYY-MM-DD on the way in, escaped should anything else ever reach here. */
export const day = (text: string): string => (ISO_DAY.test(text) ? text : user(text));

/** A quoted YAML scalar (JSON's string syntax is YAML's double-quoted one), on one line, printable. */
function yamlString(text: string): string {
  const printable = withoutInvisibleControls(text.replace(LINE_BREAK, " "))
    .replace(LONE_SURROGATE, "\uFFFD")
    .replace(/[\uFFFE\uFFFF]/g, "");
  return JSON.stringify(printable);
}

/** User text as a sentence: escaped, with a full stop after it unless it ends like one. */
function sentence(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?…]$/.test(trimmed) ? user(trimmed) : `${user(trimmed)}.`;
}

function recordOf(riskId: string, riskTitle: string, decision: RiskDecisionView, risk?: RiskView): DecisionRecord {
  return {
    riskId,
    riskTitle,
    decision,
    ...(risk ? { risk } : {}),
    status: risk ? "accepted" : "deprecated",
    title: `${OPTION[decision.kind]}: ${riskTitle}`,
  };
}

/**
 * Every decision in the view, in the order they are numbered: by the day decided (as a
 * decision log runs), then raised risks most severe first, then those no longer raised.
 */
export function decisionRecords(view: AssessmentView): DecisionRecord[] {
  const raised = view.risks.flatMap((risk) => (risk.decision ? [recordOf(risk.id, risk.title, risk.decision, risk)] : []));
  const lapsed = view.lapsedDecisions.map((entry) => recordOf(entry.id, entry.title, entry.decision));
  return [...raised, ...lapsed].sort((a, b) =>
    a.decision.decidedOn < b.decision.decidedOn ? -1 : a.decision.decidedOn > b.decision.decidedOn ? 1 : 0,
  );
}

export function adrNumber(number: number): string {
  if (!Number.isInteger(number) || number < 0 || number > 9999) throw new RangeError(`An ADR number is 0–9999, not ${number}.`);
  return String(number).padStart(4, "0");
}

export function adrFileName(record: DecisionRecord, number: number): string {
  return `${adrNumber(number)}-${safeFileStem(record.title)}.md`;
}

/** The status as the decision log shows it: a decision due for review is still accepted, and says so. */
export function statusText(record: DecisionRecord): string {
  return record.status === "accepted" && !record.decision.inForce ? "accepted (review due)" : record.status;
}

/** "From the assessment “Payments API” (questionnaire 2026.12.5), exported 2026-12-02." */
export function sourceLine(view: AssessmentView, moment: ExportMoment): string {
  const exported = isoDay(calendarDayIn(moment.now, moment.timeZone));
  return `From the assessment “${user(view.assessment.name)}” (questionnaire ${view.contentVersion}), exported ${exported}.`;
}

function frontMatter(record: DecisionRecord): string[] {
  const { decision } = record;
  return [
    "---",
    `status: ${record.status}`,
    `date: ${ISO_DAY.test(decision.decidedOn) ? decision.decidedOn : yamlString(decision.decidedOn)}`,
    ...(decision.by ? [`decision-makers: ${yamlString(decision.by)}`] : []),
    "---",
  ];
}

function statusNote(record: DecisionRecord): string[] {
  const text = record.decision.reviewText;
  if (record.decision.inForce || !text) return [];
  return record.risk ? [`> **Review due:** ${text.replace(/^Review due: /, "")}`, ""] : [`> **Deprecated:** ${text}`, ""];
}

function context(risk: RiskView | undefined, record: DecisionRecord): string[] {
  const question = "Should the team mitigate it with the plan's actions, accept it, or mitigate it another way?";
  if (!risk) {
    return [
      `The current answers no longer raise the risk “${record.riskTitle}”, so the answers it was decided on are not shown. ${question}`,
    ];
  }
  return [
    risk.description,
    "",
    `- **Risk:** ${risk.title} (${risk.areaTitle})`,
    `- **Who feels it:** ${risk.affects}`,
    `- **Band:** ${BAND_LABELS[risk.band]}, severity ${risk.severity} (likelihood ${risk.likelihood} ${LIKELIHOOD_LABELS[risk.likelihood]}, impact ${risk.impact} ${IMPACT_LABELS[risk.impact]})`,
    `- **Why it is raised:** ${risk.reason}`,
    "",
    ...(risk.why.length > 0
      ? [
          "The answers that raise it:",
          "",
          ...risk.why.map((w) => `- ${w.prompt} — ${user(w.answer)}${w.evidence ? ` (${user(evidencePhrase(w.evidence))})` : ""}`),
          "",
        ]
      : []),
    question,
  ];
}

const actionList = (actions: readonly { title: string; phaseTitle: string }[]): string =>
  actions.map((action) => `${action.title} (${action.phaseTitle})`).join("; ");

function options(risk: RiskView | undefined): string[] {
  const plan = !risk
    ? PLAN_OPTION
    : risk.actions.length > 0
      ? `${PLAN_OPTION}: ${actionList(risk.actions)}`
      : `${PLAN_OPTION} (the plan has none of its own for this risk)`;
  return [`- ${plan}`, `- ${OPTION.accepted}`, `- ${OPTION.mitigated}`];
}

function outcome(decision: RiskDecisionView): string[] {
  const chosen = `Chosen option: "${OPTION[decision.kind]}"`;
  const because = decision.kind === "accepted" ? "because of the team's reason" : "because the team handles the risk outside the plan";
  return [
    decision.reason ? `${chosen}, ${because}: ${sentence(decision.reason)}` : `${chosen}. No reason was recorded.`,
    "",
    `- **Decided by:** ${decision.by ? user(decision.by) : "not recorded"}`,
    `- **Decided on:** ${day(decision.decidedOn)}`,
  ];
}

/** What the plan does about it now, what it costs, and what brings the risk back. */
function consequences(view: AssessmentView, record: DecisionRecord): string[] {
  const { risk, decision } = record;
  if (!risk) {
    return [
      "- Now: the answers no longer raise the risk, so the decision settles nothing and sets no action aside.",
      "- Should the answers raise it again, the decision applies only on the very answers it was decided on; on any others it is due for review.",
    ];
  }
  const stays =
    decision.kind === "accepted"
      ? `- Bad, because the risk itself stays (who feels it: ${risk.affects}).`
      : "- Bad, because the plan does not track the other mitigation: the team has to keep it working and check it at the review.";
  if (!decision.inForce) {
    return [
      "- Now: the decision no longer applies, so the risk is back among the risks to deal with and its actions count in the plan's priorities again.",
      "- To settle it, decide again: accept it or mitigate it another way (with a new review date), or take the plan's actions.",
      stays,
    ];
  }
  const planned = new Map<string, ActionView>(view.plan.phases.flatMap((phase) => phase.actions.map((a) => [a.id, a])));
  const setAside = risk.actions.filter((action) => planned.get(action.id)?.setAside === true);
  const needed = risk.actions.filter((action) => planned.get(action.id)?.setAside !== true);
  return [
    ...(setAside.length > 0
      ? [
          `- Good, because the plan sets these actions aside (every risk they mitigate is accepted or mitigated another way): ${actionList(setAside)}.`,
        ]
      : []),
    ...(needed.length > 0 ? [`- Neutral, because these actions stay in the plan for other risks: ${actionList(needed)}.`] : []),
    ...(risk.actions.length === 0 ? ["- Neutral, because the plan has no action of its own for this risk."] : []),
    "- Good, because the risk no longer counts among the risks to deal with or the most severe ones; it stays in the matrix, marked.",
    stays,
    decision.reviewOn
      ? `- Watch the answers that raise it: the risk comes back among the risks to deal with when its review date (${day(decision.reviewOn)}) passes, or as soon as one of those answers changes.`
      : "- Watch the answers that raise it: with no review date set, the risk comes back among the risks to deal with only when one of them changes.",
  ];
}

function moreInformation(decision: RiskDecisionView): string[] {
  const passed = decision.review.includes("review-date") ? " (passed)" : "";
  return [
    `- **Review date:** ${decision.reviewOn ? `${day(decision.reviewOn)}${passed}` : "none set"}.`,
    `- **Basis:** decided on the answers with the fingerprint ${user(decision.basis)}; the app compares it with the current answers to notice a change.`,
  ];
}

export function recordText(view: AssessmentView, record: DecisionRecord, moment: ExportMoment): string {
  return [
    ...frontMatter(record),
    "",
    `# ${record.title}`,
    "",
    sourceLine(view, moment),
    "",
    ...statusNote(record),
    "## Context and Problem Statement",
    "",
    ...context(record.risk, record),
    "",
    "## Considered Options",
    "",
    ...options(record.risk),
    "",
    "## Decision Outcome",
    "",
    ...outcome(record.decision),
    "",
    "### Consequences",
    "",
    ...consequences(view, record),
    "",
    "## More Information",
    "",
    ...moreInformation(record.decision),
    "",
  ].join("\n");
}

/**
 * The record of the decision on `riskId` (settled, due for review or no longer raised),
 * numbered as in the archive of all of them unless `number` says otherwise.
 */
export function adrFor(view: AssessmentView, riskId: string, moment: ExportMoment, number?: number): AdrFile {
  const records = decisionRecords(view);
  const position = records.findIndex((record) => record.riskId === riskId);
  const record = records[position];
  if (!record) throw new Error(`No decision on the risk “${riskId}” to record.`);
  const n = number ?? position + 1;
  return { fileName: adrFileName(record, n), text: recordText(view, record, moment), mimeType: "text/markdown" };
}
