/**
 * Encodes an assessment as the payload of a result link (the part after "#"): a bit-packed
 * record against the current codebook, with a checksum, in base64url.
 *
 * Layout: format version (4 bits) · codebook index · day changed · name · assessor ·
 * one slot per codebook question (width fitted to its options) · decisions ·
 * risk decisions (from format 2) · CRC-16.
 */
import { isAnswered, type AnswerValue } from "../answers";
import type { Decision } from "../assessment";
import { encodeBase64Url } from "./base64url";
import { BitWriter, widthFor } from "./bits";
import type { Codebook, CodebookQuestion } from "./codebook";
import { crc16 } from "./crc16";
import { writeRiskDecisions } from "./link-risk-decisions";
import { DAY_MS, DAY_ZERO, LINK_FORMAT_VERSION, type SharedAssessment } from "./shared-assessment";

const utf8 = new TextEncoder();
const STATUS_CODES: Readonly<Record<Decision["status"], number>> = { open: 0, done: 1, "not-applicable": 2 };

function writeAnswer(writer: BitWriter, question: CodebookQuestion, answer: AnswerValue | undefined): void {
  switch (question.kind) {
    case "single": {
      const index = typeof answer === "string" ? question.options.indexOf(answer) : -1;
      writer.write(index + 1, widthFor(question.options.length));
      return;
    }
    case "multi": {
      const chosen = Array.isArray(answer) ? question.options.map((option) => answer.includes(option)) : [];
      const present = chosen.some(Boolean);
      writer.write(present ? 1 : 0, 1);
      if (present) chosen.forEach((on) => writer.write(on ? 1 : 0, 1));
      return;
    }
    case "scale": {
      const point = typeof answer === "number" && answer >= 1 && answer <= question.points ? answer : 0;
      writer.write(point, widthFor(question.points));
      return;
    }
    case "text": {
      const present = typeof answer === "string" && isAnswered(answer);
      writer.write(present ? 1 : 0, 1);
      if (present) writer.writeBytes(utf8.encode(answer.slice(0, question.maxLength)));
      return;
    }
  }
}

function writeDecisions(writer: BitWriter, codebook: Codebook, decisions: SharedAssessment["decisions"]): void {
  const entries = codebook.actions
    .map((id, position) => ({ position, decision: decisions[id] }))
    .filter((entry): entry is { position: number; decision: Decision } => entry.decision !== undefined);
  writer.writeVarint(entries.length);
  const width = widthFor(codebook.actions.length - 1);
  for (const { position, decision } of entries) {
    writer.write(position, width);
    writer.write(STATUS_CODES[decision.status], 2);
    const texts = [decision.person, decision.note, decision.status === "not-applicable" ? decision.reason : undefined];
    texts.forEach((text) => writer.write(text ? 1 : 0, 1));
    texts.forEach((text) => text && writer.writeBytes(utf8.encode(text)));
  }
}

export function encodeLink(assessment: SharedAssessment, codebook: Codebook, codebookIndex: number): string {
  const writer = new BitWriter();
  writer.write(LINK_FORMAT_VERSION, 4);
  writer.writeVarint(codebookIndex);
  writer.writeVarint(Math.max(0, Math.floor((Date.parse(assessment.updatedAt) - DAY_ZERO) / DAY_MS)));
  writer.writeBytes(utf8.encode(assessment.name));
  writer.writeBytes(utf8.encode(assessment.assessor ?? ""));
  for (const question of codebook.questions) writeAnswer(writer, question, assessment.answers[question.id]);
  writeDecisions(writer, codebook, assessment.decisions);
  writeRiskDecisions(writer, codebook, assessment.riskDecisions);
  const body = writer.toBytes();
  const checksum = crc16(body);
  const bytes = new Uint8Array(body.length + 2);
  bytes.set(body);
  bytes[body.length] = checksum >> 8;
  bytes[body.length + 1] = checksum & 0xff;
  return encodeBase64Url(bytes);
}
