/**
 * Result links: what one carries back, how short it stays, and the typed error for every
 * way a link can be wrong.
 */
import { describe, expect, it } from "vitest";
import { NOTE_MAX_LENGTH } from "../assessment";
import type { Questionnaire } from "../questionnaire";
import { brokenFixture, fixtureQuestionnaire, questionById } from "../test-fixtures/fixture-questionnaire";
import { encodeBase64Url } from "./base64url";
import { BitWriter } from "./bits";
import { codebookOf } from "./codebook";
import { crc16 } from "./crc16";
import { decodeLink, type DecodedLink, type LinkErrorKind } from "./decode-link";
import { encodeLink } from "./encode-link";
import { EMPTY_HISTORY, type IdHistory } from "./id-history";
import { MAX_LINK_LENGTH, type SharedAssessment } from "./shared-assessment";

const codebook = codebookOf(fixtureQuestionnaire);
const decode = (payload: string): DecodedLink => decodeLink(payload, [codebook], EMPTY_HISTORY, fixtureQuestionnaire);

const COMPLETE: SharedAssessment = {
  name: "Payments API for the EU region",
  assessor: "Ada Lovelace",
  updatedAt: "2026-11-25T00:00:00.000Z",
  contentVersion: fixtureQuestionnaire.version,
  answers: {
    "scope.goal": "portability",
    "scope.pilot": "payments",
    "scope.ops-capacity": 2,
    "storage.stateful": "yes",
    "storage.kinds": ["database", "queue"],
    "storage.backup": "untested",
    "storage.restore-drill": "no",
    "security.tenancy": "multi-tenant",
    "security.compliance": ["pci", "gdpr"],
    "security.isolation": 2,
    "security.exceptions": "none yet",
  },
  decisions: {
    "pick-pilot": { status: "done", person: "Grace" },
    backups: { status: "not-applicable", reason: "Managed database" },
    "sandboxed-runtime": { status: "open", note: "Q3" },
  },
};

/** A payload with a correct checksum around whatever the writer holds. */
function withChecksum(write: (writer: BitWriter) => void): string {
  const writer = new BitWriter();
  write(writer);
  const body = writer.toBytes();
  const crc = crc16(body);
  return encodeBase64Url(new Uint8Array([...body, crc >> 8, crc & 0xff]));
}

const expectError = (result: DecodedLink, kind: LinkErrorKind) => {
  expect(result).toMatchObject({ ok: false, error: kind });
  if (!result.ok) expect(result.detail).toMatch(/^\S.*\S$/);
};

describe("encodeLink → decodeLink", () => {
  const link = encodeLink(COMPLETE, codebook, 0);

  it("returns the same assessment, its date as the day it was changed", () => {
    expect(decode(link)).toEqual({ ok: true, assessment: COMPLETE, unmapped: [] });
    const later = encodeLink({ ...COMPLETE, updatedAt: "2026-11-25T23:59:59.999Z" }, codebook, 0);
    expect(decode(later)).toMatchObject({ ok: true, assessment: { updatedAt: "2026-11-25T00:00:00.000Z" } });
  });

  it("is short: a complete assessment with a 30-character name stays under 170 characters", () => {
    expect(COMPLETE.name).toHaveLength(30);
    expect(link).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(link.length).toBeLessThan(170);
  });

  it("accepts the link with its '#' and surrounding white space", () => {
    expect(decode(`  #${link}\n`)).toMatchObject({ ok: true, assessment: { name: COMPLETE.name } });
  });

  it("carries a note of the longest allowed length in any script", () => {
    const note = "€".repeat(NOTE_MAX_LENGTH);
    const reason = "日本".repeat(NOTE_MAX_LENGTH / 2);
    const assessment: SharedAssessment = {
      ...COMPLETE,
      decisions: { backups: { status: "not-applicable", note, reason, person: "Ø".repeat(80) } },
    };
    const result = decode(encodeLink(assessment, codebook, 0));
    expect(result).toMatchObject({ ok: true, assessment: { decisions: { backups: { note, reason } } } });
  });

  it("drops what a link does not carry: empty texts, and a reason on an action that applies", () => {
    const assessment: SharedAssessment = {
      ...COMPLETE,
      assessor: "",
      answers: { "scope.pilot": "   ", "storage.kinds": [] },
      decisions: { backups: { status: "done", reason: "no longer relevant", person: "", note: "" } },
    };
    expect(decode(encodeLink(assessment, codebook, 0))).toEqual({
      ok: true,
      assessment: {
        name: COMPLETE.name,
        updatedAt: COMPLETE.updatedAt,
        contentVersion: COMPLETE.contentVersion,
        answers: {},
        decisions: { backups: { status: "done" } },
      },
      unmapped: [],
    });
  });

  it("refuses, as oversized rather than misreading it, a link longer than any it accepts", () => {
    // Six actions, each with the longest note and reason: every text fits, the whole does not.
    const note = "€".repeat(NOTE_MAX_LENGTH);
    const decisions = Object.fromEntries(codebook.actions.map((id) => [id, { status: "not-applicable" as const, note, reason: note }]));
    const long = encodeLink({ ...COMPLETE, decisions }, codebook, 0);
    expect(long.length).toBeGreaterThan(MAX_LINK_LENGTH);
    expectError(decode(long), "oversized");
  });
});

describe("decodeLink: a typed error for every kind of bad link", () => {
  const link = encodeLink(COMPLETE, codebook, 0);
  const middle = Math.floor(link.length / 2);
  const replaced = `${link.slice(0, middle)}${link[middle] === "A" ? "B" : "A"}${link.slice(middle + 1)}`;
  const cut = [3, 4].find((n) => (link.length - n) % 4 !== 1) ?? 2;

  it.each<[string, string, LinkErrorKind]>([
    ["nothing at all", "", "empty"],
    ["only a '#'", "#", "empty"],
    ["only white space", " \n\t ", "empty"],
    ["longer than any link", "A".repeat(MAX_LINK_LENGTH + 1), "oversized"],
    ["a character base64url never has", `${link.slice(0, 10)}!${link.slice(11)}`, "malformed"],
    ["standard base64 characters", "ab+/", "malformed"],
    ["base64 padding", "Zg==", "malformed"],
    ["an impossible length (length % 4 = 1)", "AAAAA", "malformed"],
    ["too short to hold a checksum", "AAA", "damaged"],
    ["truncated", link.slice(0, link.length - cut), "damaged"],
    ["one character edited", replaced, "damaged"],
    ["two characters swapped", `${link.slice(0, 5)}${link[6]}${link[5]}${link.slice(7)}`, "damaged"],
    ["a format newer than this app reads", withChecksum((w) => (w.write(3, 4), w.writeVarint(0), w.writeVarint(0))), "newer-format"],
    ["format 0, which never existed", withChecksum((w) => (w.write(0, 4), w.writeVarint(0))), "malformed"],
    ["a codebook beyond the list", withChecksum((w) => (w.write(1, 4), w.writeVarint(1))), "newer-content"],
    ["a correct checksum around too little", withChecksum((w) => (w.write(1, 4), w.writeVarint(0), w.writeVarint(10))), "damaged"],
    ["a name too long for an assessment", encodeLink({ ...COMPLETE, name: "n".repeat(81) }, codebook, 0), "invalid"],
    ["a name of white space", encodeLink({ ...COMPLETE, name: "   " }, codebook, 0), "invalid"],
  ])("%s", (_name, payload, kind) => {
    expect(replaced).not.toBe(link);
    expect((link.length - cut) % 4).not.toBe(1);
    expectError(decode(payload), kind);
  });

  // The words are zod's, as they were when zod checked links (assessment-shape.ts).
  it.each<[string, Partial<SharedAssessment>, string]>([
    ["a name too long", { name: "n".repeat(81) }, "Too big: expected string to have <=80 characters"],
    ["a name of white space", { name: " \t " }, "Too small: expected string to have >=1 characters"],
    ["an assessor's name too long", { assessor: "a".repeat(81) }, "Too big: expected string to have <=80 characters"],
    [
      "a note too long",
      { decisions: { "pick-pilot": { status: "done", note: "n".repeat(1001) } } },
      "Too big: expected string to have <=1000 characters",
    ],
    [
      "a person's name too long",
      { decisions: { "pick-pilot": { status: "open", person: "p".repeat(81) } } },
      "Too big: expected string to have <=80 characters",
    ],
  ])("says what is wrong with an invalid assessment: %s", (_name, change, words) => {
    expect(decode(encodeLink({ ...COMPLETE, ...change }, codebook, 0))).toEqual({
      ok: false,
      error: "invalid",
      detail: `The assessment in the link is not valid: ${words}.`,
    });
  });

  it("names the formats in its detail", () => {
    const result = decode(withChecksum((w) => (w.write(4, 4), w.writeVarint(0))));
    expect(result).toMatchObject({ ok: false, error: "newer-format", detail: expect.stringMatching(/format 4.*up to format 2/) });
  });
});

describe("a link made with an older codebook, read through the id history", () => {
  /** Version 2: a question renamed, an option renamed, a question removed, an action renamed. */
  const v2: Questionnaire = brokenFixture((draft) => {
    draft.version = "2026.2.1";
    questionById("scope.goal", draft).id = "scope.objective";
    const backup = questionById("storage.backup", draft);
    if (backup.kind !== "single") throw new Error("Test setup: storage.backup is a single choice");
    backup.options = backup.options.map((option) => (option.id === "untested" ? { ...option, id: "unverified" } : option));
    draft.questions = draft.questions.filter((question) => question.id !== "scope.pilot");
    draft.actions = draft.actions.map((action) => ({
      ...action,
      id: action.id === "backups" ? "backup-plan" : action.id,
      dependsOn: action.dependsOn.map((id) => (id === "backups" ? "backup-plan" : id)),
    }));
  });
  const history: IdHistory = {
    questions: { renamed: { "scope.goal": "scope.objective" }, removed: ["scope.pilot"] },
    options: { "storage.backup": { renamed: { untested: "unverified" }, removed: [] } },
    actions: { renamed: { backups: "backup-plan" }, removed: [] },
  };
  const v1 = codebookOf(fixtureQuestionnaire);
  const codebooks = [v1, codebookOf(v2)];
  const oldLink = encodeLink(COMPLETE, v1, 0);

  it("maps renamed ids, and lists the removed question instead of dropping it", () => {
    const result = decodeLink(oldLink, codebooks, history, v2);
    if (!result.ok) throw new Error(result.detail);
    const { "scope.goal": goal, "scope.pilot": _pilot, ...unchanged } = COMPLETE.answers;
    expect(result.assessment.answers).toEqual({ ...unchanged, "scope.objective": goal, "storage.backup": "unverified" });
    const { backups, ...otherDecisions } = COMPLETE.decisions;
    expect(result.assessment.decisions).toEqual({ ...otherDecisions, "backup-plan": backups });
    expect(result.assessment.contentVersion).toBe(fixtureQuestionnaire.version);
    expect(result.unmapped).toEqual([expect.stringContaining("“scope.pilot”")]);
  });

  it("lists, rather than drops, an option or an action the new version no longer has", () => {
    const stricter: IdHistory = {
      ...history,
      options: { "storage.backup": { renamed: {}, removed: ["untested"] } },
      actions: { renamed: {}, removed: ["backups"] },
    };
    const result = decodeLink(oldLink, codebooks, stricter, v2);
    if (!result.ok) throw new Error(result.detail);
    expect(result.assessment.answers).not.toHaveProperty("storage.backup");
    expect(result.assessment.decisions).not.toHaveProperty("backups");
    expect(result.unmapped).toHaveLength(3);
    expect(result.unmapped.join("\n")).toMatch(/How is the database backed up\?.*“untested” is no longer offered/);
    expect(result.unmapped.join("\n")).toMatch(/“backups”/);
  });

  it("reads a link made with the new codebook as it is", () => {
    const current = {
      ...COMPLETE,
      contentVersion: v2.version,
      answers: { "scope.objective": "cost" },
      decisions: { "backup-plan": { status: "done" as const } },
    };
    expect(decodeLink(encodeLink(current, codebooks[1] ?? v1, 1), codebooks, history, v2)).toEqual({
      ok: true,
      assessment: current,
      unmapped: [],
    });
  });
});
