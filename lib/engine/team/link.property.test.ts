/**
 * Invitation and response links over random input: every valid one comes back as it went
 * in, and no string (random, or a valid link damaged at random, or a file around either)
 * makes decodeInvite, admitResponse or admitResponseFile throw, or return anything but a
 * value that re-encodes to itself or a typed refusal in one sentence.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { admitResponse, admitResponseFile, type AdmittedResponse } from "../admit/admit-response";
import { isAnswered, type Answers, type AnswerValue } from "../answers";
import { NAME_MAX_LENGTH } from "../assessment";
import { codePointLength } from "../check/text";
import { decodeBase64Url, encodeBase64Url } from "../share/base64url";
import { codebookOf } from "../share/codebook";
import { crc16 } from "../share/crc16";
import { EMPTY_HISTORY } from "../share/id-history";
import { arbitraryAnswers } from "../test-fixtures/arbitrary-answers";
import { fixtureQuestionnaire as questionnaire } from "../test-fixtures/fixture-questionnaire";
import { hasVisibleText, visibleText } from "../visible-text";
import { decodeInvite, encodeInvite, TEAM_ID, type DecodedInvite } from "./invite-link";
import { encodeResponse, responseFile } from "./response-link";
import { INVITE_NOTE_MAX_LENGTH, TEAM_ROLES, type Invitation, type TeamResponse } from "./team-types";

/** A few seconds each on an idle machine; room for a busy one. */
const SLOW_MACHINE_TIMEOUT = 30_000;
const AREAS = questionnaire.areas.map((area) => area.id);
const codebook = codebookOf(questionnaire);
const context = { questionnaire, history: EMPTY_HISTORY, codebooks: [codebook] };
const LINK_CHARS = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~"];

// Any code point but a lone surrogate (UTF-8 cannot carry one, so no link could).
const anyChar = fc
  .oneof(fc.integer({ min: 0, max: 0xd7ff }), fc.integer({ min: 0xe000, max: 0x10ffff }))
  .map((code) => String.fromCodePoint(code));
const someText = (max: number) =>
  fc.oneof(fc.string({ unit: anyChar, maxLength: max }), fc.string({ unit: "grapheme", maxLength: max }), fc.string({ maxLength: max }));
/** Text a form would let through: at most `max` characters once its invisible ends are dropped. */
const fitting = (max: number) => someText(max + 4).filter((text) => codePointLength(visibleText(text)) <= max);
const named = fitting(NAME_MAX_LENGTH).filter((name) => hasVisibleText(name));
const teamId = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789"), minLength: 10, maxLength: 10 });

const invitations: fc.Arbitrary<Invitation> = fc.record(
  {
    team: teamId,
    name: named,
    areas: fc.oneof(fc.constant("all" as const), fc.subarray(AREAS, { minLength: 1 })),
    note: fitting(INVITE_NOTE_MAX_LENGTH),
  },
  { requiredKeys: ["team", "name", "areas"] },
);

const responses: fc.Arbitrary<TeamResponse> = fc.record(
  {
    team: teamId,
    name: named,
    role: fc.constantFrom(...TEAM_ROLES),
    respondent: fitting(NAME_MAX_LENGTH),
    answeredOn: fc
      .date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2200-12-31T00:00:00Z"), noInvalidDate: true })
      .map((date) => `${date.toISOString().slice(0, 10)}T00:00:00.000Z`),
    contentVersion: fc.constant(questionnaire.version),
    answers: arbitraryAnswers(questionnaire),
  },
  { requiredKeys: ["team", "name", "role", "answeredOn", "contentVersion", "answers"] },
);

/** What a link carries back: texts without invisible ends, answered values only, choices in option order. */
function carriedAnswers(answers: Answers): Answers {
  const out: Record<string, AnswerValue> = {};
  for (const question of questionnaire.questions) {
    const value = answers[question.id];
    if (!isAnswered(value)) continue;
    out[question.id] =
      question.kind === "multi" && Array.isArray(value) ? question.options.map((o) => o.id).filter((id) => value.includes(id)) : value;
  }
  return out;
}

function carriedInvite({ note, ...invitation }: Invitation): Invitation {
  const kept = visibleText(note ?? "");
  return { ...invitation, name: visibleText(invitation.name), ...(kept ? { note: kept } : {}) };
}

function carriedResponse({ respondent, ...response }: TeamResponse): TeamResponse {
  const kept = visibleText(respondent ?? "");
  return {
    ...response,
    name: visibleText(response.name),
    ...(kept ? { respondent: kept } : {}),
    answers: carriedAnswers(response.answers),
  };
}

function expectOneSentence(detail: string): void {
  expect(detail).toMatch(/^[A-Z][^\n]*\.$/);
}

/** Accepted means valid, and the same again when encoded and read once more. */
function expectInviteWellFormed(result: DecodedInvite): void {
  if (!result.ok) {
    expect(["empty", "malformed", "damaged", "newer-format", "oversized"]).toContain(result.error);
    return expectOneSentence(result.detail);
  }
  const { invitation } = result;
  expect(invitation.team).toMatch(TEAM_ID);
  expect(hasVisibleText(invitation.name) && codePointLength(invitation.name) <= NAME_MAX_LENGTH).toBe(true);
  expect(codePointLength(invitation.note ?? "")).toBeLessThanOrEqual(INVITE_NOTE_MAX_LENGTH);
  if (invitation.areas !== "all") expect(AREAS.filter((id) => invitation.areas.includes(id))).toEqual(invitation.areas);
  expect(decodeInvite(encodeInvite(invitation), AREAS)).toEqual(result);
}

function expectResponseWellFormed(result: AdmittedResponse): void {
  if (!result.ok) {
    expect(["empty", "oversized", "malformed", "damaged", "newer-format", "newer-content", "invalid"]).toContain(result.error);
    return expectOneSentence(result.detail);
  }
  const { response } = result;
  expect(response.team).toMatch(TEAM_ID);
  expect(TEAM_ROLES).toContain(response.role);
  expect(hasVisibleText(response.name)).toBe(true);
  expect(response.contentVersion).toBe(questionnaire.version);
  const again = admitResponse(encodeResponse(response, codebook, 0), context);
  // Equivalent: an empty text answer a damaged link may hold is no answer, and is not written
  // again; what could not be carried over was said the first time and is gone now.
  expect(again).toEqual({
    ok: true,
    fragment: expect.any(String),
    response: { ...response, answers: carriedAnswers(response.answers) },
    unmapped: [],
  });
}

type Edit = ["flip" | "insert" | "delete" | "truncate", number, string];
const edit: fc.Arbitrary<Edit> = fc.tuple(
  fc.constantFrom("flip" as const, "insert" as const, "delete" as const, "truncate" as const),
  fc.nat(),
  fc.constantFrom(...LINK_CHARS, "!", "é", " ", "#", "\n"),
);
const mutate = (link: string, edits: readonly Edit[]): string =>
  edits.reduce((text, [kind, at, char]) => {
    const i = text.length === 0 ? 0 : at % text.length;
    if (kind === "flip") return text.slice(0, i) + char + text.slice(i + 1);
    if (kind === "insert") return text.slice(0, i) + char + text.slice(i);
    if (kind === "delete") return text.slice(0, i) + text.slice(i + 1);
    return text.slice(0, i);
  }, link);
const mutated = (links: readonly string[]) =>
  fc.tuple(fc.constantFrom(...links), fc.array(edit, { minLength: 1, maxLength: 3 })).map(([link, edits]) => mutate(link, edits));
const randomText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...LINK_CHARS), maxLength: 120 }),
  fc.string({ unit: anyChar, maxLength: 120 }),
  fc.string({ maxLength: 40 }).map((text) => `#${text}`),
);

describe("invitation links", () => {
  it(
    "come back as they went in",
    () => {
      fc.assert(
        fc.property(invitations, (invitation) => {
          const link = encodeInvite(invitation);
          expect(decodeInvite(link, AREAS)).toEqual({ ok: true, invitation: carriedInvite(invitation) });
        }),
        { numRuns: 1_000 },
      );
    },
    SLOW_MACHINE_TIMEOUT,
  );

  const valid = fc.sample(invitations, { numRuns: 40, seed: 16 }).map(encodeInvite);
  /** A valid link's body edited at random, under a checksum made to fit: reaches every check behind it. */
  const resealed = fc.tuple(fc.constantFrom(...valid), fc.array(edit, { minLength: 1, maxLength: 3 })).map(([link, edits]) => {
    const body = mutate(link.slice(0, link.lastIndexOf(".")), edits);
    return `${body}.${crc16(new TextEncoder().encode(body)).toString(16).padStart(4, "0")}`;
  });

  it(
    "never throw: random text, valid links damaged, and damaged ones resealed",
    () => {
      let accepted = 0;
      fc.assert(
        fc.property(fc.oneof(randomText, mutated(valid), resealed), (text) => {
          const result = decodeInvite(text, AREAS);
          if (result.ok) accepted += 1;
          expectInviteWellFormed(result);
        }),
        { numRuns: 8_000 },
      );
      // Resealed edits must reach past the checksum, or the checks behind it go untested.
      expect(accepted).toBeGreaterThan(50);
    },
    SLOW_MACHINE_TIMEOUT,
  );
});

describe("response links and files", () => {
  it(
    "come back as they went in",
    () => {
      fc.assert(
        fc.property(responses, (response) => {
          const link = encodeResponse(response, codebook, 0);
          const expected = { ok: true, fragment: link, response: carriedResponse(response), unmapped: [] };
          expect(admitResponse(link, context)).toEqual(expected);
          expect(admitResponseFile(responseFile(link).text, context)).toEqual(expected);
        }),
        { numRuns: 500 },
      );
    },
    SLOW_MACHINE_TIMEOUT,
  );

  const valid = fc.sample(responses, { numRuns: 40, seed: 16 }).map((response) => encodeResponse(response, codebook, 0));
  const texts = fc.oneof(
    randomText,
    randomText.map((text) => `r1.${text}`),
    mutated(valid),
    mutated(valid).map((link) => `https://example.org/team#${link}`),
  );

  it(
    "never throw on random text or valid links damaged at random",
    () => {
      fc.assert(
        fc.property(texts, (text) => expectResponseWellFormed(admitResponse(text, context))),
        { numRuns: 8_000 },
      );
    },
    SLOW_MACHINE_TIMEOUT,
  );

  it(
    "never throw when the answers are changed at random under a correct checksum; what passes re-encodes to itself",
    () => {
      const resealed = fc
        .tuple(fc.constantFrom(...valid), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 }))
        .map(([link, flips]) => {
          const [head, inner = ""] = [link.slice(0, link.lastIndexOf(".")), link.slice(link.lastIndexOf(".") + 1)];
          const bytes = decodeBase64Url(inner) ?? new Uint8Array();
          const body = bytes.slice(0, Math.max(0, bytes.length - 2));
          for (const [at, mask] of flips) if (body.length > 0) body[at % body.length] = (body[at % body.length] ?? 0) ^ mask;
          const crc = crc16(body);
          return `${head}.${encodeBase64Url(new Uint8Array([...body, crc >> 8, crc & 0xff]))}`;
        });
      let accepted = 0;
      fc.assert(
        fc.property(resealed, (text) => {
          const result = admitResponse(text, context);
          if (result.ok) accepted += 1;
          expectResponseWellFormed(result);
        }),
        { numRuns: 3_000 },
      );
      // The changes must reach past the checks up front, or this proves little.
      expect(accepted).toBeGreaterThan(100);
    },
    SLOW_MACHINE_TIMEOUT,
  );

  it(
    "never throw on files: any JSON, response files with odd fields, and damaged file text",
    () => {
      const format = fc.constantFrom("know-before-you-deploy/team-response", "know-before-you-deploy/assessment", "", 1, null);
      const version = fc.constantFrom<unknown>(1, 2, 0, -1, 1.5, "1", null, 2 ** 60);
      const wrapped = fc
        .record({ format, formatVersion: version, link: fc.oneof(texts, fc.jsonValue()) }, { requiredKeys: [] })
        .map((value) => JSON.stringify(value));
      const files = fc.oneof(
        fc.jsonValue().map((value) => JSON.stringify(value)),
        wrapped,
        fc.constantFrom(...valid).map((link) => responseFile(link).text),
        fc
          .tuple(fc.constantFrom(...valid), fc.array(edit, { minLength: 1, maxLength: 3 }))
          .map(([link, edits]) => mutate(responseFile(link).text, edits)),
        randomText,
      );
      fc.assert(
        fc.property(files, (text) => {
          const result = admitResponseFile(text, context);
          expectResponseWellFormed(result);
          if (result.ok) expect(admitResponse((JSON.parse(text) as { link: string }).link, context)).toEqual(result);
        }),
        { numRuns: 6_000 },
      );
    },
    SLOW_MACHINE_TIMEOUT,
  );
});
