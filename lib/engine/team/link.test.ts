/**
 * Invitation and response links: what each carries back, how short they stay for a real,
 * complete assessment, and the sentence for every way an invitation can be wrong. (The
 * response's refusals are in admit/admit-response.test.ts, where it enters.)
 */
import { describe, expect, it } from "vitest";
// The length promise is about the real questionnaire, so these tests read the content.
// eslint-disable-next-line no-restricted-imports
import { CURRENT_CODEBOOK, CURRENT_CODEBOOK_INDEX, codebooks } from "@/content/link-codebooks";
// eslint-disable-next-line no-restricted-imports
import { idHistory } from "@/content/id-history";
// eslint-disable-next-line no-restricted-imports
import { questionnaire } from "@/content/questionnaire";
// eslint-disable-next-line no-restricted-imports
import { teams } from "@/content/scenarios/teams";
import { admitResponse } from "../admit/admit-response";
import { NAME_MAX_LENGTH } from "../assessment";
import { crc16 } from "../share/crc16";
import { fixtureQuestionnaire } from "../test-fixtures/fixture-questionnaire";
import { decodeInvite, encodeInvite, type DecodedInvite, type InviteErrorKind } from "./invite-link";
import { encodeResponse, responseFile } from "./response-link";
import { INVITE_NOTE_MAX_LENGTH, TEAM_ROLES, type Invitation, type TeamResponse } from "./team-types";

const AREAS = fixtureQuestionnaire.areas.map((area) => area.id);
const TEAM = "k3x9q2m7ab";
const decode = (fragment: string, areas: readonly string[] = AREAS): DecodedInvite => decodeInvite(fragment, areas);

/** A link with a correct checksum around any body, to reach the checks behind it. */
function sealed(body: string): string {
  return `${body}.${crc16(new TextEncoder().encode(body)).toString(16).padStart(4, "0")}`;
}
const b64 = (text: string): string => Buffer.from(text, "utf8").toString("base64url");

function expectRefusal(result: DecodedInvite, kind: InviteErrorKind, sentence: string | RegExp): void {
  expect(result).toMatchObject({ ok: false, error: kind });
  if (result.ok) return;
  if (typeof sentence === "string") expect(result.detail).toBe(sentence);
  else expect(result.detail).toMatch(sentence);
  // One plain sentence: a capital first, one full stop at the end, no line break.
  expect(result.detail).toMatch(/^[A-Z][^\n]*\.$/);
}

describe("encodeInvite → decodeInvite", () => {
  const cases: [string, Invitation][] = [
    ["every area, no note", { team: TEAM, name: "Payments API", areas: "all" }],
    ["a subset and a note", { team: TEAM, name: "Payments API", areas: ["scope", "security"], note: "Before Friday, please." }],
    ["accents and emoji", { team: TEAM, name: "Café Ünïcødé 🚀 Zürich", areas: ["storage"], note: "Merci 🙏 — ça va?" }],
    ["a single area", { team: "0000000000", name: "x", areas: ["security"] }],
    ["every area listed", { team: TEAM, name: "Orders", areas: [...AREAS] }],
  ];

  it.each(cases)("brings back %s as it went in", (_label, invitation) => {
    expect(decode(encodeInvite(invitation))).toEqual({ ok: true, invitation });
  });

  it("carries area ids with dots (a '.' separates the parts, so it is written '_')", () => {
    const areas = ["scope", "app.knowledge", "shared-services"];
    const link = encodeInvite({ team: TEAM, name: "Orders", areas: ["app.knowledge", "shared-services"] });
    expect(link).toContain(".app_knowledge~shared-services.");
    expect(decode(link, areas)).toEqual({
      ok: true,
      invitation: { team: TEAM, name: "Orders", areas: ["app.knowledge", "shared-services"] },
    });
  });

  it("drops invisible ends from the name and note, and a blank note altogether", () => {
    const link = encodeInvite({ team: TEAM, name: "\u200b  Orders \n", areas: "all", note: " \u200b " });
    expect(decode(link)).toEqual({ ok: true, invitation: { team: TEAM, name: "Orders", areas: "all" } });
  });

  it("reads the fragment with its '#', and with spaces around it", () => {
    const link = encodeInvite({ team: TEAM, name: "Orders", areas: "all" });
    expect(decode(` #${link}\n`)).toEqual(decode(link));
  });

  it("is plain text with a checksum: i1.<team>.<areas>.<name>[.<note>].<crc>", () => {
    const link = encodeInvite({ team: TEAM, name: "Orders", areas: ["scope", "storage"], note: "Hi" });
    expect(link).toBe(sealed(`i1.${TEAM}.scope~storage.${b64("Orders")}.${b64("Hi")}`));
  });
});

describe("an invitation refused, with its sentence", () => {
  const good = `i1.${TEAM}.all.${b64("Orders")}`;
  const refusals: [string, string, InviteErrorKind, string | RegExp][] = [
    ["nothing", "", "empty", "The invitation link has nothing after “#”."],
    ["only a '#'", " # ", "empty", "The invitation link has nothing after “#”."],
    ["a very long link", `i1.${"a".repeat(2000)}`, "oversized", "The invitation link is 2003 characters long; no invitation is that long."],
    ["other characters", `${good} x`, "malformed", "The link contains characters an invitation link never has."],
    ["a result link", "EAAjQ2xhaW1z", "malformed", "The link does not start like an invitation link."],
    ["format 0", sealed(`i0.${TEAM}.all.${b64("Orders")}`), "malformed", "The link does not start like an invitation link."],
    ["format 01", sealed(`i01.${TEAM}.all.${b64("Orders")}`), "malformed", "The link does not start like an invitation link."],
    ["a newer format", `i2.anything.at.all`, "newer-format", "The invitation uses format 2; this app reads up to format 1."],
    ["a link cut off", good.slice(0, 20), "damaged", "The invitation link is incomplete: it may have been cut off."],
    ["a link without its checksum", good, "damaged", "The invitation link is incomplete: it may have been cut off."],
    [
      "a changed letter",
      sealed(good).replace("all", "alm"),
      "damaged",
      "The invitation link does not add up: part of it is missing or has been changed.",
    ],
    ["too few parts", sealed(`i1.${TEAM}.all`), "damaged", "The invitation link is incomplete: it may have been cut off."],
    [
      "too many parts",
      sealed(`${good}.${b64("note")}.${b64("more")}`),
      "malformed",
      "The invitation link has more parts than an invitation has.",
    ],
    [
      "a short team id",
      sealed(`i1.abc.all.${b64("Orders")}`),
      "malformed",
      "The invitation does not say which team's assessment it belongs to.",
    ],
    [
      "an upper-case team id",
      sealed(`i1.K3X9Q2M7AB.all.${b64("Orders")}`),
      "malformed",
      "The invitation does not say which team's assessment it belongs to.",
    ],
    ["no areas", sealed(`i1.${TEAM}..${b64("Orders")}`), "malformed", "The invitation names no areas to answer."],
    [
      "an empty area",
      sealed(`i1.${TEAM}.scope~~storage.${b64("Orders")}`),
      "malformed",
      "The invitation does not say clearly which areas to answer.",
    ],
    [
      "an odd area id",
      sealed(`i1.${TEAM}.Scope.${b64("Orders")}`),
      "malformed",
      "The invitation does not say clearly which areas to answer.",
    ],
    [
      "an unknown area",
      sealed(`i1.${TEAM}.scope~kubernetes.${b64("Orders")}`),
      "malformed",
      "The invitation names an area this version does not have: kubernetes.",
    ],
    ["an area twice", sealed(`i1.${TEAM}.scope~scope.${b64("Orders")}`), "malformed", "The invitation names the area scope twice."],
    [
      "areas out of order",
      sealed(`i1.${TEAM}.security~scope.${b64("Orders")}`),
      "malformed",
      "The invitation lists its areas out of order, which this app never does.",
    ],
    ["a name that is not base64url", sealed(`i1.${TEAM}.all.A`), "malformed", "The assessment's name in the invitation cannot be read."],
    ["a name that is not UTF-8", sealed(`i1.${TEAM}.all._w`), "malformed", "The assessment's name in the invitation cannot be read."],
    ["no name", sealed(`i1.${TEAM}.all.`), "malformed", "The invitation does not name the assessment it is for."],
    [
      "an invisible name",
      sealed(`i1.${TEAM}.all.${b64("\u200b \u2800")}`),
      "malformed",
      "The invitation does not name the assessment it is for.",
    ],
    [
      "a name too long",
      sealed(`i1.${TEAM}.all.${b64("n".repeat(NAME_MAX_LENGTH + 1))}`),
      "malformed",
      "The assessment's name in the invitation is longer than 80 characters.",
    ],
    ["a note that is not UTF-8", sealed(`${good}._w`), "malformed", "The note in the invitation cannot be read."],
    [
      "a note too long",
      sealed(`${good}.${b64("n".repeat(INVITE_NOTE_MAX_LENGTH + 1))}`),
      "malformed",
      "The note in the invitation is longer than 100 characters.",
    ],
  ];

  it.each(refusals)("refuses %s", (_label, link, kind, sentence) => expectRefusal(decode(link), kind, sentence));

  it("counts an emoji as one character, as the name field does", () => {
    const name = "🚀".repeat(NAME_MAX_LENGTH);
    expect(decode(encodeInvite({ team: TEAM, name, areas: "all" }))).toMatchObject({ ok: true, invitation: { name } });
  });
});

describe("encodeResponse", () => {
  const codebookOfFixture = { contentVersion: fixtureQuestionnaire.version, questions: [], actions: [] };

  it("is r1.<team>.<role>.<result link>", () => {
    const response: TeamResponse = {
      team: TEAM,
      name: "Orders",
      role: "security",
      answeredOn: "2026-12-01T00:00:00.000Z",
      contentVersion: "2026.1.1",
      answers: {},
    };
    expect(encodeResponse(response, codebookOfFixture, 0)).toMatch(new RegExp(`^r1\\.${TEAM}\\.security\\.[A-Za-z0-9_-]+$`));
  });
});

describe("lengths for a real, complete assessment", () => {
  const context = { questionnaire, history: idHistory, codebooks };
  const respond = (answers: TeamResponse["answers"], name: string): TeamResponse => ({
    team: TEAM,
    name,
    role: "architecture",
    respondent: "Grace Hopper",
    answeredOn: "2026-12-01T00:00:00.000Z",
    contentVersion: questionnaire.version,
    answers,
  });
  /** Multiple choices come back in the options' order, as result links carry them. */
  const inOptionOrder = (answers: TeamResponse["answers"]): TeamResponse["answers"] =>
    Object.fromEntries(
      Object.entries(answers).map(([id, value]) => {
        const question = questionnaire.questions.find((q) => q.id === id);
        if (question?.kind !== "multi" || !Array.isArray(value)) return [id, value];
        return [id, question.options.map((option) => option.id).filter((option) => value.includes(option))];
      }),
    );
  const lengths = Object.entries(teams).map(([team, answers]) => {
    const fragment = encodeResponse(respond(answers, "Claims platform (legacy)"), CURRENT_CODEBOOK, CURRENT_CODEBOOK_INDEX);
    return { team, fragment, answers };
  });
  const heaviest = lengths.reduce((a, b) => (b.fragment.length > a.fragment.length ? b : a));

  it("keeps every scenario team's response and its whole address under 300 characters", () => {
    // Measured: legacyMonolith (80 answers) is the heaviest, 174 characters, 199 with the address (one more since links carry risk decisions).
    expect(heaviest.team).toBe("legacyMonolith");
    expect(heaviest.fragment.length).toBe(174);
    expect(`https://example.org/team#${heaviest.fragment}`.length).toBe(199);
    for (const { fragment } of lengths) expect(`https://example.org/team#${fragment}`.length).toBeLessThan(300);
  });

  it("grows by the names only: 80-character name and respondent add about 4/3 of their bytes", () => {
    const response = { ...respond(heaviest.answers, "N".repeat(NAME_MAX_LENGTH)), respondent: "R".repeat(NAME_MAX_LENGTH) };
    // Past 300, and fine so: a link of 341 characters still pastes anywhere (result links allow 2000).
    expect(encodeResponse(response, CURRENT_CODEBOOK, CURRENT_CODEBOOK_INDEX).length).toBe(341);
  });

  it("reads every scenario team's response back exactly", () => {
    for (const { fragment, answers } of lengths) {
      expect(admitResponse(`https://example.org/team#${fragment}`, context)).toEqual({
        ok: true,
        fragment: expect.any(String),
        response: respond(inOptionOrder(answers), "Claims platform (legacy)"),
        unmapped: [],
      });
    }
  });

  it("keeps an invitation with an 80-character name, every area and a 100-character note under 300 characters", () => {
    const areaIds = questionnaire.areas.map((area) => area.id);
    const longest: Invitation = { team: TEAM, name: "N".repeat(NAME_MAX_LENGTH), areas: "all", note: "n".repeat(INVITE_NOTE_MAX_LENGTH) };
    const fragment = encodeInvite(longest);
    expect(fragment.length).toBe(265);
    expect(`https://example.org/respond#${fragment}`.length).toBe(293);
    expect(decodeInvite(fragment, areaIds)).toEqual({ ok: true, invitation: longest });
  });

  it("writes every area out only when asked to: the form sends “all” when all are chosen", () => {
    const areaIds = questionnaire.areas.map((area) => area.id);
    const listed: Invitation = { team: TEAM, name: "N".repeat(NAME_MAX_LENGTH), areas: areaIds, note: "n".repeat(INVITE_NOTE_MAX_LENGTH) };
    expect(encodeInvite(listed).length).toBe(396);
    expect(encodeInvite({ ...listed, note: undefined }).length).toBe(261);
    expect(decodeInvite(encodeInvite(listed), areaIds)).toEqual({ ok: true, invitation: listed });
  });
});

describe("responseFile", () => {
  it("names the file after the assessment and the role, and holds the link itself", () => {
    for (const role of TEAM_ROLES) {
      const fragment = encodeResponse(
        { team: TEAM, name: "Payments API", role, answeredOn: "2026-12-01T00:00:00.000Z", contentVersion: "x", answers: {} },
        CURRENT_CODEBOOK,
        CURRENT_CODEBOOK_INDEX,
      );
      const file = responseFile(fragment);
      expect(file.fileName).toBe(`payments-api-response-${role}.json`);
      expect(JSON.parse(file.text)).toEqual({ format: "know-before-you-deploy/team-response", formatVersion: 1, link: fragment });
      expect(file.text.endsWith("}\n")).toBe(true);
    }
  });

  it("makes the name safe for any file system", () => {
    const fragment = encodeResponse(
      {
        team: TEAM,
        name: "Café / Zürich: ∅",
        role: "operations",
        answeredOn: "2026-12-01T00:00:00.000Z",
        contentVersion: "x",
        answers: {},
      },
      CURRENT_CODEBOOK,
      CURRENT_CODEBOOK_INDEX,
    );
    expect(responseFile(fragment).fileName).toBe("cafe-zurich-response-operations.json");
    expect(responseFile("not a link").fileName).toBe("assessment-response.json");
  });
});
