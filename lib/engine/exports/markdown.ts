/**
 * The whole assessment as one Markdown document, in the order of the printed one: cover,
 * summary, readiness, risk matrix, risk register (the risks to deal with), the accepted
 * and mitigated risks, plan by phase. User text is escaped.
 */
import { calendarDayIn, isoDay } from "../calendar-day";
import { evidencePhrase } from "../evidence/citation";
import { BAND_LABELS, BANDS, IMPACT_LABELS, LIKELIHOOD_LABELS, LEVELS } from "../scoring";
import type { RiskDecisionView } from "../assess/assessment-view";
import type { DocumentAction, DocumentRisk, ExportDocument } from "./export-document";
import { escapeMarkdown as user, table, tableCell } from "./markdown-escape";

function cover(doc: ExportDocument, timeZone: string): string[] {
  const { assessment } = doc;
  const day = (instant: string | Date): string => isoDay(calendarDayIn(new Date(instant), timeZone));
  return [
    `# Container adoption assessment: ${user(assessment.name)}`,
    "",
    ...(assessment.assessor ? [`- **Assessor:** ${user(assessment.assessor)}`] : []),
    `- **Last changed:** ${day(assessment.updatedAt)}`,
    `- **Exported:** ${day(doc.exportedAt)}`,
    `- **Questionnaire version:** ${doc.contentVersion}`,
    "",
  ];
}

function summary(doc: ExportDocument): string[] {
  const unknown = doc.summary.unknownAreas.map((area) => area.title);
  const incomplete = doc.summary.incompleteAreas.map((area) => area.title);
  return [
    "## Summary",
    "",
    table(
      ["Band", "Risks"],
      BANDS.map((band) => [BAND_LABELS[band], String(doc.bandCounts[band])]),
    ),
    "",
    `### The ${doc.summary.topRisks.length} most severe risks`,
    "",
    ...(doc.risks.length === 0
      ? ["No risks raised."]
      : doc.summary.topRisks.map((r, i) => `${i + 1}. ${tableCell(r.title)} — ${BAND_LABELS[r.band]} (severity ${r.severity})`)),
    "",
    ...(doc.settledRisks.length > 0
      ? [
          `**Accepted or mitigated another way:** ${doc.settledRisks.length} of the raised risks, not counted among these (see “Accepted and mitigated risks”).`,
          "",
        ]
      : []),
    ...(doc.reviewDue.length > 0
      ? [
          `**Review due:** ${doc.reviewDue.length === 1 ? "1 risk decision no longer applies" : `${doc.reviewDue.length} risk decisions no longer apply`} (flagged in the register).`,
          "",
        ]
      : []),
    ...(unknown.length > 0
      ? [`**Unknown (not answered):** ${unknown.join(", ")}. An unanswered area is an unknown, not a clean bill of health.`, ""]
      : []),
    ...(incomplete.length > 0 ? [`**Incomplete:** ${incomplete.join(", ")}.`, ""] : []),
    "## Readiness by area",
    "",
    table(
      ["Area", "Readiness (of 100)", "Risks", "Known"],
      doc.areas.map((area) => [
        tableCell(area.title),
        area.readiness.score === null ? "Unknown" : String(area.readiness.score),
        String(area.readiness.riskCount),
        area.knownLabel,
      ]),
    ),
    "",
  ];
}

function matrix(doc: ExportDocument): string[] {
  return [
    "## Risk matrix",
    "",
    "Rows are impact (5 at the top), columns are likelihood.",
    "",
    ...(doc.settledRisks.length > 0 ? ["“Settled” risks are accepted or mitigated another way; they still count here.", ""] : []),
    table(
      ["Impact \\\\ Likelihood", ...LEVELS.map((l) => `${l} ${LIKELIHOOD_LABELS[l]}`)],
      doc.matrix.map((row) => [
        `${row.impact} ${IMPACT_LABELS[row.impact]}`,
        ...row.cells.map(
          (cell) => `${BAND_LABELS[cell.band]}: ${cell.riskIds.length}${cell.settledCount > 0 ? ` (${cell.settledCount} settled)` : ""}`,
        ),
      ]),
    ),
    "",
  ];
}

/** A saved day, checked as YYYY-MM-DD on the way in; escaped should anything else ever reach here. */
const day = (text: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(text) ? text : user(text));

/** "Accepted by Ana Silva on 2026-12-01 — review by 2027-03-01.", the person escaped. */
function decisionLine(decision: RiskDecisionView): string {
  const by = decision.by ? ` by ${user(decision.by)}` : "";
  const review = decision.reviewOn ? ` — review by ${day(decision.reviewOn)}` : "";
  return `${decision.kindLabel}${by} on ${day(decision.decidedOn)}${review}.`;
}

function reasonLine(decision: RiskDecisionView): string {
  const label = decision.kind === "accepted" ? "Why accepted" : "How it is mitigated";
  return `- **${label}:** ${decision.reason ? user(decision.reason) : "No reason was recorded."}`;
}

function riskEntry(risk: DocumentRisk, number: number): string[] {
  const { decision } = risk;
  return [
    `### ${number}. ${risk.title} (${BAND_LABELS[risk.band]}, severity ${risk.severity})`,
    "",
    `- **Area:** ${risk.areaTitle}`,
    `- **Likelihood:** ${risk.likelihood} ${LIKELIHOOD_LABELS[risk.likelihood]}; **impact:** ${risk.impact} ${IMPACT_LABELS[risk.impact]}`,
    `- **Who feels it:** ${risk.affects}`,
    ...(decision ? [`- **Decision:** ${decisionLine(decision)}`, reasonLine(decision)] : []),
    "",
    // Engine words, with only checked dates in them.
    ...(decision?.reviewText ? [`**Review due:** ${decision.reviewText.replace(/^Review due: /, "")}`, ""] : []),
    risk.description,
    "",
    `**Why:** ${risk.reason}`,
    "",
    ...risk.why.map((w) => `- ${w.prompt} — ${user(w.answer)}${w.evidence ? ` (${user(evidencePhrase(w.evidence))})` : ""}`),
    "",
    `**What to do:** ${risk.actions.map((action) => action.title).join("; ") || "See the plan."}`,
    "",
  ];
}

/** The risks to deal with (those due for review among them, flagged), most severe first. */
function register(doc: ExportDocument): string[] {
  return [
    "## Risk register",
    "",
    ...(doc.openRisks.length === 0 && doc.risks.length > 0
      ? ["Every raised risk is accepted or mitigated another way: see “Accepted and mitigated risks”.", ""]
      : []),
    ...doc.openRisks.flatMap((risk, i) => riskEntry(risk, i + 1)),
  ];
}

/** Settled risks, numbered on from the register, and decisions on risks no longer raised. */
function decided(doc: ExportDocument): string[] {
  if (doc.settledRisks.length === 0 && doc.lapsedDecisions.length === 0) return [];
  return [
    "## Accepted and mitigated risks",
    "",
    ...(doc.settledRisks.length > 0
      ? [
          "Still raised by the answers and marked in the matrix, but out of the plan's priorities until the review date passes or the answers behind them change.",
          "",
        ]
      : []),
    ...doc.settledRisks.flatMap((risk, i) => riskEntry(risk, doc.openRisks.length + i + 1)),
    ...(doc.lapsedDecisions.length > 0
      ? [
          "### Kept for the record",
          "",
          "Decisions on risks the answers no longer raise: they settle nothing now.",
          "",
          ...doc.lapsedDecisions.flatMap(({ title, decision }) => [
            `- **${tableCell(title)}:** ${decisionLine(decision)}`,
            `  ${reasonLine(decision)}`,
          ]),
          "",
        ]
      : []),
  ];
}

function evidenced(doc: ExportDocument): string[] {
  if (doc.evidenced.length === 0) return [];
  return [
    "## Answers from the team's files",
    "",
    "Accepted from the Dockerfiles, Compose files and manifests the team gave, each with the line it came from.",
    "",
    table(
      ["Area", "Question", "Answer", "From"],
      doc.evidenced.map((entry) => [tableCell(entry.areaTitle), tableCell(entry.prompt), user(entry.answer), user(entry.evidence)]),
    ),
    "",
  ];
}

function actionRow(action: DocumentAction): string[] {
  return [
    String(action.order),
    tableCell(action.title),
    tableCell(action.ownerTitle),
    user(action.decision.person ?? ""),
    `${action.effort} (${action.effortRange})`,
    action.priorityLabel,
    action.statusLabel,
    tableCell(action.riskTitles.join("; ")),
    tableCell(action.dependsOnTitles.join("; ")),
  ];
}

/** The few actions to begin with; numbered by plan position so each can be found below. */
function startHere(doc: ExportDocument): string[] {
  if (doc.plan.startHere.length === 0) return [];
  return [
    "### Start here",
    "",
    ...doc.plan.startHere.map(
      (item, i) => `${i + 1}. **${tableCell(item.title)}** (#${item.order}, ${item.effortRange}) — ${tableCell(item.whyNow)}`,
    ),
    "",
  ];
}

function plan(doc: ExportDocument): string[] {
  const s = doc.plan.summary;
  return [
    "## Adoption plan",
    "",
    `${s.total} actions; effort ${s.byEffort.S} small, ${s.byEffort.M} medium, ${s.byEffort.L} large (roughly ${doc.plan.personDaysLabel}).`,
    "",
    ...startHere(doc),
    ...doc.plan.phases.flatMap((phase) => [
      `### ${phase.title}`,
      "",
      ...(phase.actions.length === 0
        ? ["No actions in this phase.", ""]
        : [
            table(["#", "Action", "Owner", "Person", "Effort", "Priority", "Status", "Risks", "Depends on"], phase.actions.map(actionRow)),
            "",
            ...phase.actions.flatMap((action) => [
              `#### ${action.order}. ${action.title}`,
              "",
              action.detail,
              "",
              ...(action.setAside ? ["**Set aside:** its risks are accepted or mitigated another way.", ""] : []),
              ...(action.decision.status === "not-applicable"
                ? [`**Not applicable because:** ${user(action.decision.reason ?? "")}`, ""]
                : []),
              ...(action.decision.note ? [`**Note:** ${user(action.decision.note)}`, ""] : []),
            ]),
          ]),
    ]),
  ];
}

/** Dates (last changed, exported) are the days they fell on in `timeZone`, the user's IANA zone. */
export function toMarkdown(doc: ExportDocument, timeZone: string): string {
  return (
    [...cover(doc, timeZone), ...summary(doc), ...evidenced(doc), ...matrix(doc), ...register(doc), ...decided(doc), ...plan(doc)]
      .join("\n")
      .replace(/\n{3,}/g, "\n\n") + "\n"
  );
}
