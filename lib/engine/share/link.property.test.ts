/**
 * Result links over random input: every valid assessment comes back as it went in, and no
 * string (random, or a valid link damaged at random) makes the decoder throw or return
 * anything but a valid assessment or a typed error.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isAnswered, type AnswerValue } from "../answers";
import type { Decision } from "../assessment";
import { arbitraryAnswers } from "../test-fixtures/arbitrary-answers";
import { fixtureQuestionnaire } from "../test-fixtures/fixture-questionnaire";
import { decodeBase64Url, encodeBase64Url } from "./base64url";
import { codebookOf } from "./codebook";
import { crc16 } from "./crc16";
import { decodeLink, type DecodedLink, type LinkErrorKind } from "./decode-link";
import { encodeLink } from "./encode-link";
import { EMPTY_HISTORY } from "./id-history";
import { MAX_LINK_LENGTH, type SharedAssessment } from "./shared-assessment";

// Any code point but a lone surrogate (fast-check's "binary" unit takes seconds to set up).
const anyChar = fc
  .oneof(fc.integer({ min: 0, max: 0xd7ff }), fc.integer({ min: 0xe000, max: 0x10ffff }))
  .map((code) => String.fromCodePoint(code));

const questionnaire = fixtureQuestionnaire;
const codebook = codebookOf(questionnaire);
const decode = (payload: string): DecodedLink => decodeLink(payload, [codebook], EMPTY_HISTORY, questionnaire);
const BASE64URL = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"];
/** About a second each on an idle machine; room for a busy one. */
const SLOW_MACHINE_TIMEOUT = 30_000;
const ERROR_KINDS: readonly LinkErrorKind[] = ["empty", "oversized", "malformed", "damaged", "newer-format", "newer-content", "invalid"];

/** Text of at most `max` UTF-16 units, cut on a code point boundary. */
const capped = (max: number) =>
  fc
    .oneof(fc.string({ unit: anyChar, maxLength: max }), fc.string({ unit: "grapheme", maxLength: max }), fc.string({ maxLength: max }))
    .map((text) => {
      let out = "";
      for (const char of text) {
        if (out.length + char.length > max) break;
        out += char;
      }
      return out;
    });

// Notes are kept to a few hundred characters, so six of them fit in MAX_LINK_LENGTH; the
// longest single note is covered in link.test.ts.
const decision: fc.Arbitrary<Decision> = fc.record(
  {
    status: fc.constantFrom("open" as const, "done" as const, "not-applicable" as const),
    person: capped(80),
    note: capped(200),
    reason: capped(200),
  },
  { requiredKeys: ["status"] },
);

const assessments: fc.Arbitrary<SharedAssessment> = fc.record({
  name: capped(80)
    .map((name) => name.trim())
    .filter((name) => name.length > 0),
  assessor: fc.option(capped(80), { nil: undefined }),
  updatedAt: fc
    .date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2200-12-31T23:59:59Z"), noInvalidDate: true })
    .map((d) => d.toISOString()),
  contentVersion: fc.constant(questionnaire.version),
  answers: arbitraryAnswers(questionnaire),
  decisions: fc
    .subarray(questionnaire.actions.map((action) => action.id))
    .chain((ids) => fc.tuple(...ids.map((id) => decision.map((value) => [id, value] as const))))
    .map((entries) => Object.fromEntries(entries)),
});

/** What a link is expected to carry: answered values in option order, non-empty texts, reasons only where an action does not apply. */
function carried(assessment: SharedAssessment): SharedAssessment {
  const answers: Record<string, AnswerValue> = {};
  for (const question of questionnaire.questions) {
    const value = assessment.answers[question.id];
    if (!isAnswered(value)) continue;
    answers[question.id] =
      question.kind === "multi" && Array.isArray(value) ? question.options.map((o) => o.id).filter((id) => value.includes(id)) : value;
  }
  const decisions = Object.fromEntries(
    Object.entries(assessment.decisions).map(([id, { status, person, note, reason }]): [string, Decision] => [
      id,
      { status, ...(person ? { person } : {}), ...(note ? { note } : {}), ...(reason && status === "not-applicable" ? { reason } : {}) },
    ]),
  );
  return {
    name: assessment.name,
    ...(assessment.assessor ? { assessor: assessment.assessor } : {}),
    updatedAt: `${assessment.updatedAt.slice(0, 10)}T00:00:00.000Z`,
    contentVersion: assessment.contentVersion,
    answers,
    decisions,
  };
}

const questionsById = new Map(questionnaire.questions.map((question) => [question.id, question]));
const actionIds = new Set(questionnaire.actions.map((action) => action.id));

/** What the questionnaire accepts as an answer to this question (not the schema, which only knows shapes). */
function accepts(id: string, value: AnswerValue): boolean {
  const question = questionsById.get(id);
  if (!question || !isAnswered(value)) return false;
  const offered = (option: unknown) =>
    question.kind !== "text" && question.kind !== "scale" && question.options.some((o) => o.id === option);
  switch (question.kind) {
    case "single":
      return offered(value);
    case "multi":
      return Array.isArray(value) && value.every(offered);
    case "scale":
      return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= question.scale.length;
    case "text":
      return typeof value === "string" && value.length <= question.maxLength;
  }
}

/**
 * Every outcome must be an assessment this questionnaire can hold, or a typed error with
 * words. (Re-parsing with the decoder's own schema could never fail, so this checks from
 * the questionnaire's side instead.)
 */
function expectWellFormed(result: DecodedLink): void {
  if (result.ok) {
    const { name, updatedAt, contentVersion, answers, decisions } = result.assessment;
    expect(name.trim().length).toBeGreaterThan(0);
    expect(updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
    expect(contentVersion).toBe(questionnaire.version);
    for (const [id, value] of Object.entries(answers)) expect(accepts(id, value), `${id}: ${JSON.stringify(value)}`).toBe(true);
    for (const id of Object.keys(decisions)) expect(actionIds.has(id), id).toBe(true);
    for (const note of result.unmapped) expect(note).toMatch(/\S/);
  } else {
    expect(ERROR_KINDS).toContain(result.error);
    expect(result.detail.length).toBeGreaterThan(0);
  }
}

describe("result link round trip", () => {
  it(
    "decodes to the same assessment it was made from",
    () => {
      fc.assert(
        fc.property(assessments, (assessment) => {
          const link = encodeLink(assessment, codebook, 0);
          expect(link.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
          expect(decode(link)).toEqual({ ok: true, assessment: carried(assessment), unmapped: [] });
        }),
        { numRuns: 200 },
      );
    },
    SLOW_MACHINE_TIMEOUT,
  );
});

describe("decodeLink never throws", () => {
  const validLinks = fc.sample(assessments, { numRuns: 40, seed: 42 }).map((assessment) => encodeLink(assessment, codebook, 0));

  it(
    "on random base64url strings and random unicode",
    () => {
      const payloads = fc.oneof(
        fc.string({ unit: fc.constantFrom(...BASE64URL), maxLength: 200 }),
        fc.string({ unit: anyChar, maxLength: 200 }),
        fc.string({ maxLength: 50 }).map((text) => `#${text}`),
      );
      fc.assert(
        fc.property(payloads, (payload) => expectWellFormed(decode(payload))),
        { numRuns: 10_000 },
      );
    },
    SLOW_MACHINE_TIMEOUT,
  );

  it(
    "on valid links flipped, extended, shortened or cut at random",
    () => {
      const edit = fc.oneof(
        fc.tuple(fc.constant("flip" as const), fc.nat(), fc.constantFrom(...BASE64URL, "!", "é", " ")),
        fc.tuple(fc.constant("insert" as const), fc.nat(), fc.constantFrom(...BASE64URL, "=", "\n")),
        fc.tuple(fc.constant("delete" as const), fc.nat(), fc.constant("")),
        fc.tuple(fc.constant("truncate" as const), fc.nat(), fc.constant("")),
      );
      const mutated = fc.tuple(fc.constantFrom(...validLinks), fc.array(edit, { minLength: 1, maxLength: 3 })).map(([link, edits]) =>
        edits.reduce((text, [kind, at, char]) => {
          const i = text.length === 0 ? 0 : at % text.length;
          if (kind === "flip") return text.slice(0, i) + char + text.slice(i + 1);
          if (kind === "insert") return text.slice(0, i) + char + text.slice(i);
          if (kind === "delete") return text.slice(0, i) + text.slice(i + 1);
          return text.slice(0, i);
        }, link),
      );
      fc.assert(
        fc.property(mutated, (payload) => expectWellFormed(decode(payload))),
        { numRuns: 10_000 },
      );
    },
    SLOW_MACHINE_TIMEOUT,
  );

  it(
    "on valid links whose body is changed at random under a correct checksum",
    () => {
      const resealed = fc
        .tuple(
          fc.constantFrom(...validLinks),
          fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 }),
          fc.nat({ max: 8 }),
        )
        .map(([link, flips, cut]) => {
          const bytes = decodeBase64Url(link) ?? new Uint8Array();
          const body = bytes.slice(0, Math.max(0, bytes.length - 2 - cut));
          for (const [at, mask] of flips) if (body.length > 0) body[at % body.length] = (body[at % body.length] ?? 0) ^ mask;
          const crc = crc16(body);
          return encodeBase64Url(new Uint8Array([...body, crc >> 8, crc & 0xff]));
        });
      fc.assert(
        fc.property(resealed, (payload) => expectWellFormed(decode(payload))),
        { numRuns: 3_000 },
      );
    },
    SLOW_MACHINE_TIMEOUT,
  );

  it(
    "catches every one-character edit of a link, or reads the very same assessment",
    () => {
      const link = encodeLink(
        {
          name: "Payments API",
          assessor: "Ada",
          updatedAt: "2026-11-25T00:00:00.000Z",
          contentVersion: questionnaire.version,
          answers: {
            "scope.goal": "cost",
            "scope.pilot": "payments",
            "storage.stateful": "yes",
            "storage.kinds": ["database"],
            "security.isolation": 3,
          },
          decisions: { backups: { status: "not-applicable", reason: "Managed", person: "Grace" } },
        },
        codebook,
        0,
      );
      const original = decode(link);
      expect(original.ok).toBe(true);
      for (let i = 0; i < link.length; i += 1) {
        for (const char of BASE64URL) {
          if (char === link[i]) continue;
          const result = decode(link.slice(0, i) + char + link.slice(i + 1));
          if (result.ok) expect(result).toEqual(original);
          else expect(["damaged", "malformed"]).toContain(result.error);
        }
      }
    },
    SLOW_MACHINE_TIMEOUT,
  );
});
