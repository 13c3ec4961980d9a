/**
 * Reads a JSON export back. The file is untrusted: it is parsed, checked against the
 * export format, and its answers upgraded to the current questionnaire. Problems come back
 * as plain sentences, never as an exception.
 */
import type * as z from "zod/mini";
import { evidenceField, keptEvidence } from "../evidence/kept-evidence";
import type { Questionnaire } from "../questionnaire";
import type { IdHistory } from "../share/id-history";
import type { Assessment, RiskDecision } from "../assessment";
import { RISK_DECISION_LABELS } from "../assess/decision-labels";
import type { SharedAssessment } from "../share/shared-assessment";
import { upgradeToCurrent } from "../upgrade";
import { hasVisibleText, visibleText } from "../visible-text";
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, exportFileSchema } from "./json-export";

import { MAX_IMPORT_BYTES } from "./import-limit";

export { MAX_IMPORT_BYTES };

export type ImportResult =
  { ok: true; assessment: SharedAssessment & Pick<Assessment, "evidence">; unmapped: string[] } | { ok: false; errors: string[] };

const utf8 = new TextEncoder();

/** Over the limit in UTF-8 bytes; encoded only when the number of characters does not settle it. */
function tooLarge(text: string): boolean {
  if (text.length > MAX_IMPORT_BYTES) return true;
  return text.length * 3 > MAX_IMPORT_BYTES && utf8.encode(text).length > MAX_IMPORT_BYTES;
}

/** zod's own words, except for a missing field, which zod calls "received undefined". */
const plainWords: z.core.$ZodErrorMap = (issue) =>
  issue.code === "invalid_type" && issue.input === undefined ? "this field is missing" : undefined;

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? `At “${issue.path.map(String).join(" › ")}”: ` : "";
  return `${where}${issue.message}.`;
}

/**
 * Decisions on risks the current content has. Risks have no id history, so a decision on
 * one the content no longer lists cannot be carried over: it is listed, in words.
 */
function knownRiskDecisions(
  decisions: Readonly<Record<string, RiskDecision>> | undefined,
  questionnaire: Pick<Questionnaire, "risks">,
): { field: Pick<SharedAssessment, "riskDecisions">; unmapped: string[] } {
  if (!decisions) return { field: {}, unmapped: [] };
  const known = new Set(questionnaire.risks.map((risk) => risk.id));
  const kept: [string, RiskDecision][] = [];
  const unmapped: string[] = [];
  for (const [id, decision] of Object.entries(decisions)) {
    if (known.has(id)) kept.push([id, decision]);
    else
      unmapped.push(
        `A decision on the risk “${id}” (${RISK_DECISION_LABELS[decision.kind].toLowerCase()}): that risk is no longer in the questionnaire.`,
      );
  }
  // Built from entries, so an id such as "__proto__" stays an own key.
  return { field: kept.length > 0 ? { riskDecisions: Object.fromEntries(kept) } : {}, unmapped };
}

/** The content version a file says it was made with, read loosely (for "brought up from …"). */
export function fileContentVersion(text: string): string | undefined {
  try {
    const data: unknown = JSON.parse(text);
    const version = typeof data === "object" && data !== null ? (data as { contentVersion?: unknown }).contentVersion : undefined;
    return typeof version === "string" ? version.slice(0, 32) : undefined;
  } catch {
    return undefined;
  }
}

export function parseImport(
  text: string,
  questionnaire: Pick<Questionnaire, "version" | "questions" | "actions" | "risks">,
  history: IdHistory,
): ImportResult {
  if (tooLarge(text)) return { ok: false, errors: ["The file is larger than any export this tool makes (over 1 MB)."] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, errors: ["The file is not JSON. Choose a file made with “Download JSON”."] };
  }
  if (typeof data !== "object" || data === null || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, errors: ["The file is JSON, but not an export from this tool (its “format” is missing or different)."] };
  }
  const version = (data as { formatVersion?: unknown }).formatVersion;
  if (typeof version === "number" && version > EXPORT_FORMAT_VERSION) {
    return {
      ok: false,
      errors: [`The file was exported by a newer version of this tool (format ${version}). Reload the page to update, then try again.`],
    };
  }
  const parsed = exportFileSchema.safeParse(data, { error: plainWords });
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.slice(0, 10).map(describeIssue) };

  const { assessment } = parsed.data;
  if (!hasVisibleText(assessment.name)) {
    return {
      ok: false,
      errors: [
        "At “assessment › name”: the name has no visible characters (only spaces or invisible characters such as zero-width spaces).",
      ],
    };
  }
  const upgraded = upgradeToCurrent(questionnaire, history, assessment.answers, assessment.decisions);
  const riskDecisions = knownRiskDecisions(assessment.riskDecisions, questionnaire);
  return {
    ok: true,
    assessment: {
      name: visibleText(assessment.name),
      ...(assessment.assessor ? { assessor: assessment.assessor } : {}),
      updatedAt: assessment.updatedAt,
      contentVersion: questionnaire.version,
      answers: upgraded.answers,
      decisions: upgraded.decisions,
      ...evidenceField(keptEvidence(assessment.evidence, upgraded.answers, history)),
      ...riskDecisions.field,
    },
    unmapped: [...upgraded.unmapped, ...riskDecisions.unmapped],
  };
}
