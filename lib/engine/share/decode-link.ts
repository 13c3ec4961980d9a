/**
 * Decodes a result link's payload. Every input is untrusted: it never throws, and returns
 * either an assessment (upgraded to the current questionnaire, with a list of what could
 * not be carried over) or a typed error that says what is wrong.
 */
import type { AnswerValue } from "../answers";
import type { Decision, RiskDecision } from "../assessment";
import { checkSharedAssessment } from "../assessment-shape";
import type { Questionnaire } from "../questionnaire";
import { upgradeToCurrent } from "../upgrade";
import { decodeBase64Url } from "./base64url";
import { BitReader, widthFor } from "./bits";
import type { Codebook, CodebookQuestion } from "./codebook";
import { crc16 } from "./crc16";
import { readRiskDecisions } from "./link-risk-decisions";
import type { IdHistory } from "./id-history";
import { DAY_MS, DAY_ZERO, LINK_FORMAT_VERSION, MAX_LINK_LENGTH, MAX_TEXT_BYTES, type SharedAssessment } from "./shared-assessment";

export type LinkErrorKind = "empty" | "oversized" | "malformed" | "damaged" | "newer-format" | "newer-content" | "invalid";

export type DecodedLink =
  { ok: true; assessment: SharedAssessment; unmapped: string[] } | { ok: false; error: LinkErrorKind; detail: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });
const STATUSES: readonly Decision["status"][] = ["open", "done", "not-applicable"];

function text(reader: BitReader): string | undefined {
  const bytes = reader.readBytes(MAX_TEXT_BYTES);
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

function readAnswer(reader: BitReader, question: CodebookQuestion): AnswerValue | undefined {
  switch (question.kind) {
    case "single": {
      const index = reader.read(widthFor(question.options.length));
      return index === 0 ? undefined : (question.options[index - 1] ?? `#${index}`);
    }
    case "multi": {
      if (!reader.read(1)) return undefined;
      return question.options.filter(() => reader.read(1) === 1);
    }
    case "scale": {
      const point = reader.read(widthFor(question.points));
      return point === 0 ? undefined : point;
    }
    case "text":
      return reader.read(1) ? (text(reader) ?? "") : undefined;
  }
}

function readDecisions(reader: BitReader, codebook: Codebook): Record<string, Decision> | undefined {
  const count = reader.readVarint();
  if (count > codebook.actions.length) return undefined;
  const width = widthFor(codebook.actions.length - 1);
  const decisions: Record<string, Decision> = {};
  for (let i = 0; i < count && !reader.overrun; i += 1) {
    const id = codebook.actions[reader.read(width)];
    const status = STATUSES[reader.read(2)];
    const [hasPerson, hasNote, hasReason] = [reader.read(1), reader.read(1), reader.read(1)];
    const person = hasPerson ? text(reader) : undefined;
    const note = hasNote ? text(reader) : undefined;
    const reason = hasReason ? text(reader) : undefined;
    if (id === undefined || status === undefined) return undefined;
    decisions[id] = { status, ...(person ? { person } : {}), ...(note ? { note } : {}), ...(reason ? { reason } : {}) };
  }
  return decisions;
}

export function decodeLink(
  payload: string,
  codebooks: readonly Codebook[],
  history: IdHistory,
  questionnaire: Pick<Questionnaire, "questions" | "actions" | "risks">,
): DecodedLink {
  const trimmed = payload.trim().replace(/^#/, "");
  if (trimmed.length === 0) return { ok: false, error: "empty", detail: "The link has nothing after “#”." };
  if (trimmed.length > MAX_LINK_LENGTH)
    return { ok: false, error: "oversized", detail: `The link is ${trimmed.length} characters long; no result link is that long.` };
  const bytes = decodeBase64Url(trimmed);
  if (!bytes) return { ok: false, error: "malformed", detail: "The link contains characters a result link never has." };
  if (bytes.length < 4) return { ok: false, error: "damaged", detail: "The link is too short: it may have been cut off." };
  const body = bytes.subarray(0, bytes.length - 2);
  const checksum = ((bytes[bytes.length - 2] ?? 0) << 8) | (bytes[bytes.length - 1] ?? 0);
  if (crc16(body) !== checksum)
    return { ok: false, error: "damaged", detail: "The link does not add up: part of it is missing or has been changed." };

  const reader = new BitReader(body);
  const format = reader.read(4);
  if (format > LINK_FORMAT_VERSION)
    return {
      ok: false,
      error: "newer-format",
      detail: `The link uses format ${format}; this app reads up to format ${LINK_FORMAT_VERSION}.`,
    };
  // Format 1 is format 2 without risk decisions.
  if (format < 1) return { ok: false, error: "malformed", detail: "The link does not start like a result link." };
  const codebookIndex = reader.readVarint();
  const codebook = codebooks[codebookIndex];
  if (!codebook)
    return { ok: false, error: "newer-content", detail: "The link was made with a newer version of the questionnaire than this app has." };

  const day = reader.readVarint();
  const name = text(reader);
  const assessor = text(reader);
  const answers: Record<string, AnswerValue> = {};
  for (const question of codebook.questions) {
    const value = readAnswer(reader, question);
    if (value !== undefined) answers[question.id] = value;
  }
  const decisions = readDecisions(reader, codebook);
  const riskDecisions = format >= 2 ? readRiskDecisions(reader, codebook) : {};
  if (reader.overrun || name === undefined || assessor === undefined || !decisions || !riskDecisions) {
    return { ok: false, error: "damaged", detail: "The link ends before the assessment does." };
  }

  const upgraded = upgradeToCurrent(questionnaire, history, answers, decisions);
  const candidate = {
    name,
    ...(assessor ? { assessor } : {}),
    updatedAt: new Date(DAY_ZERO + Math.min(day, 100_000) * DAY_MS).toISOString(),
    contentVersion: codebook.contentVersion,
    answers: upgraded.answers,
    decisions: upgraded.decisions,
    ...riskDecisionsField(riskDecisions, questionnaire),
  };
  // Checked by hand, with the rules and words of sharedAssessmentSchema, so /shared loads no zod.
  const checked = checkSharedAssessment(candidate);
  if (!checked.ok) return { ok: false, error: "invalid", detail: `The assessment in the link is not valid: ${checked.issue.message}.` };
  return { ok: true, assessment: checked.value, unmapped: upgraded.unmapped };
}

/** Decisions on risks the current content still has; none at all is no field. */
function riskDecisionsField(
  decisions: Record<string, RiskDecision>,
  questionnaire: Pick<Questionnaire, "risks">,
): Pick<SharedAssessment, "riskDecisions"> {
  const known = new Set(questionnaire.risks.map((risk) => risk.id));
  const kept = Object.entries(decisions).filter(([id]) => known.has(id));
  return kept.length > 0 ? { riskDecisions: Object.fromEntries(kept) } : {};
}
