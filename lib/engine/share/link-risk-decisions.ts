/**
 * The risk decisions in a result link (format 2): per decided risk, its position in the
 * codebook's risks, accepted or mitigated, the days it was decided and is to be reviewed,
 * the fingerprint of the answers it was decided on, and its two texts (left out of a
 * shortened link). A codebook from before risks were listed carries none.
 */
import { RISK_DECISION_KINDS, type RiskDecision } from "../assessment";
import { isoDay } from "../calendar-day";
import type { BitReader, BitWriter } from "./bits";
import { widthFor } from "./bits";
import type { Codebook } from "./codebook";
import { DAY_MS, DAY_ZERO, MAX_TEXT_BYTES } from "./shared-assessment";

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder("utf-8", { fatal: true });
/** The basis as the app makes it: eight hex digits, which travel as 32 bits. */
const HEX_BASIS = /^[0-9a-f]{8}$/;
/** Far beyond any real review date; a larger count is a damaged link, not a date. */
const MAX_DAYS = 100_000;

const dayNumber = (day: string): number => Math.max(0, Math.round((Date.parse(`${day}T00:00:00Z`) - DAY_ZERO) / DAY_MS));
const dayOf = (days: number): string => {
  const date = new Date(DAY_ZERO + days * DAY_MS);
  return isoDay({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
};

export function writeRiskDecisions(writer: BitWriter, codebook: Codebook, decisions: Readonly<Record<string, RiskDecision>> = {}): void {
  const risks = codebook.risks ?? [];
  const entries = risks
    .map((id, position) => ({ position, decision: decisions[id] }))
    .filter((entry): entry is { position: number; decision: RiskDecision } => entry.decision !== undefined);
  writer.writeVarint(entries.length);
  const width = widthFor(Math.max(0, risks.length - 1));
  for (const { position, decision } of entries) {
    writer.write(position, width);
    writer.write(RISK_DECISION_KINDS.indexOf(decision.kind), 1);
    writer.writeVarint(dayNumber(decision.decidedOn));
    writer.write(decision.reviewOn ? 1 : 0, 1);
    if (decision.reviewOn) writer.writeVarint(dayNumber(decision.reviewOn));
    const hex = HEX_BASIS.test(decision.basis);
    writer.write(hex ? 1 : 0, 1);
    if (hex) writer.write(Number.parseInt(decision.basis, 16), 32);
    else writer.writeBytes(utf8Encoder.encode(decision.basis));
    const texts = [decision.reason, decision.by];
    texts.forEach((text) => writer.write(text ? 1 : 0, 1));
    texts.forEach((text) => text && writer.writeBytes(utf8Encoder.encode(text)));
  }
}

function text(reader: BitReader): string | undefined {
  try {
    return utf8Decoder.decode(reader.readBytes(MAX_TEXT_BYTES));
  } catch {
    return undefined;
  }
}

/** Undefined when the section is damaged; risks the codebook does not know are not read as ids. */
export function readRiskDecisions(reader: BitReader, codebook: Codebook): Record<string, RiskDecision> | undefined {
  const risks = codebook.risks ?? [];
  const count = reader.readVarint();
  if (count > risks.length) return undefined;
  const width = widthFor(Math.max(0, risks.length - 1));
  const decisions: Record<string, RiskDecision> = {};
  for (let i = 0; i < count && !reader.overrun; i += 1) {
    const id = risks[reader.read(width)];
    const kind = RISK_DECISION_KINDS[reader.read(1)];
    const decided = reader.readVarint();
    const review = reader.read(1) ? reader.readVarint() : undefined;
    const basis = reader.read(1) ? reader.read(32).toString(16).padStart(8, "0") : text(reader);
    const [hasReason, hasBy] = [reader.read(1), reader.read(1)];
    const reason = hasReason ? text(reader) : undefined;
    const by = hasBy ? text(reader) : undefined;
    if (id === undefined || kind === undefined || basis === undefined || decided > MAX_DAYS || (review ?? 0) > MAX_DAYS) return undefined;
    if ((hasReason && reason === undefined) || (hasBy && by === undefined)) return undefined;
    decisions[id] = {
      kind,
      ...(reason ? { reason } : {}),
      ...(by ? { by } : {}),
      ...(review !== undefined ? { reviewOn: dayOf(review) } : {}),
      decidedOn: dayOf(decided),
      basis,
    };
  }
  return decisions;
}
