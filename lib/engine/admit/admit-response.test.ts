/**
 * The one way a response enters: by link (bare, with "#", or the whole address) or by the
 * file that holds it; upgraded through the id history like a result link; and the
 * sentence for every way a response can be wrong.
 */
import { describe, expect, it } from "vitest";
import { EXPORT_FORMAT } from "../exports/json-export";
import type { Questionnaire } from "../questionnaire";
import { codebookOf } from "../share/codebook";
import { encodeLink } from "../share/encode-link";
import { EMPTY_HISTORY, type IdHistory } from "../share/id-history";
import { MAX_LINK_LENGTH } from "../share/shared-assessment";
import { encodeResponse, responseFile } from "../team/response-link";
import { TEAM_ROLES, type TeamResponse } from "../team/team-types";
import { brokenFixture, fixtureQuestionnaire, questionById } from "../test-fixtures/fixture-questionnaire";
import {
  admitResponse,
  admitResponseFile,
  ASSESSMENT_FILE_FORMAT,
  MAX_RESPONSE_FILE_LENGTH,
  type AdmittedResponse,
} from "./admit-response";

const codebook = codebookOf(fixtureQuestionnaire);
const context = { questionnaire: fixtureQuestionnaire, history: EMPTY_HISTORY, codebooks: [codebook] };
const TEAM = "k3x9q2m7ab";

const RESPONSE: TeamResponse = {
  team: TEAM,
  name: "Payments API",
  role: "operations",
  respondent: "Grace",
  answeredOn: "2026-12-01T00:00:00.000Z",
  contentVersion: fixtureQuestionnaire.version,
  answers: { "scope.goal": "cost", "storage.stateful": "yes", "storage.kinds": ["database", "queue"], "scope.ops-capacity": 4 },
};
const LINK = encodeResponse(RESPONSE, codebook, 0);
const answersLink = (LINK.split(".")[3] ?? "").trim();

function expectRefusal(result: AdmittedResponse, kind: string, sentence: string | RegExp): void {
  expect(result).toMatchObject({ ok: false, error: kind });
  if (result.ok) return;
  if (typeof sentence === "string") expect(result.detail).toBe(sentence);
  else expect(result.detail).toMatch(sentence);
  expect(result.detail).toMatch(/^[A-Z][^\n]*\.$/);
}

describe("admitResponse", () => {
  it.each(TEAM_ROLES)("brings back a response from %s as it went in", (role) => {
    const response = { ...RESPONSE, role };
    expect(admitResponse(encodeResponse(response, codebook, 0), context)).toEqual({
      ok: true,
      fragment: expect.any(String),
      response,
      unmapped: [],
    });
  });

  const { respondent: _respondent, ...anonymous } = RESPONSE;
  it.each([
    ["no respondent name", anonymous],
    ["accents and emoji", { ...RESPONSE, name: "Café Zürich 🚀", respondent: "Zoë 👩‍💻" }],
    ["no answers at all", { ...RESPONSE, answers: {} }],
  ])("brings back a response with %s", (_label, response: TeamResponse) => {
    expect(admitResponse(encodeResponse(response, codebook, 0), context)).toEqual({
      ok: true,
      fragment: expect.any(String),
      response,
      unmapped: [],
    });
  });

  it.each([
    ["the bare fragment", LINK],
    ["the fragment with its '#'", `#${LINK}`],
    ["the whole address", `https://example.org/team#${LINK}`],
    ["the whole address with spaces and a line break", `  https://example.org/base/team#${LINK}\n`],
  ])("accepts %s", (_label, text) => {
    expect(admitResponse(text, context)).toEqual({ ok: true, fragment: expect.any(String), response: RESPONSE, unmapped: [] });
  });

  it("drops a blank respondent name and invisible ends of the name", () => {
    const fragment = encodeResponse({ ...RESPONSE, name: "\u200bPayments API\u200b", respondent: " \u200b " }, codebook, 0);
    expect(admitResponse(fragment, context)).toEqual({ ok: true, fragment: expect.any(String), response: anonymous, unmapped: [] });
  });

  it("ignores plan decisions a hand-made link carries: a response has none", () => {
    const inner = encodeLink(
      {
        name: "Payments API",
        updatedAt: RESPONSE.answeredOn,
        contentVersion: "x",
        answers: {},
        decisions: { backups: { status: "done" } },
      },
      codebook,
      0,
    );
    const result = admitResponse(`r1.${TEAM}.security.${inner}`, context);
    expect(result).toEqual({
      ok: true,
      fragment: expect.any(String),
      response: {
        team: TEAM,
        name: "Payments API",
        role: "security",
        answeredOn: RESPONSE.answeredOn,
        contentVersion: "2026.1.1",
        answers: {},
      },
      unmapped: [],
    });
  });
});

describe("a response made with an older questionnaire", () => {
  const v2: Questionnaire = brokenFixture((draft) => {
    draft.version = "2026.2.1";
    questionById("scope.goal", draft).id = "scope.objective";
    draft.questions = draft.questions.filter((question) => question.id !== "scope.pilot");
  });
  const history: IdHistory = { ...EMPTY_HISTORY, questions: { renamed: { "scope.goal": "scope.objective" }, removed: ["scope.pilot"] } };
  const upgradeContext = { questionnaire: v2, history, codebooks: [codebook, codebookOf(v2)] };

  it("comes through the id history, labelled with the current version and where it came from", () => {
    const old = encodeResponse({ ...RESPONSE, answers: { ...RESPONSE.answers, "scope.pilot": "payments" } }, codebook, 0);
    const result = admitResponse(old, upgradeContext);
    if (!result.ok) throw new Error(result.detail);
    const { "scope.goal": goal, ...rest } = RESPONSE.answers;
    expect(result.response).toEqual({ ...RESPONSE, contentVersion: "2026.2.1", answers: { ...rest, "scope.objective": goal } });
    expect(result.upgradedFrom).toBe("2026.1.1");
    expect(result.unmapped).toEqual([expect.stringContaining("“scope.pilot”")]);
  });

  it("is not labelled as upgraded when it was made with the current one", () => {
    const current = encodeResponse({ ...RESPONSE, contentVersion: "2026.2.1", answers: { "scope.objective": "cost" } }, codebookOf(v2), 1);
    const result = admitResponse(current, upgradeContext);
    expect(result).toEqual({
      ok: true,
      fragment: expect.any(String),
      response: { ...RESPONSE, contentVersion: "2026.2.1", answers: { "scope.objective": "cost" } },
      unmapped: [],
    });
  });
});

describe("a response link refused, with its sentence", () => {
  const refusals: [string, string, string, string | RegExp][] = [
    ["nothing", "", "empty", "The response link has nothing after “#”."],
    ["an address ending in '#'", "https://example.org/team#", "empty", "The response link has nothing after “#”."],
    [
      "a very long link",
      `r1.${"a".repeat(MAX_LINK_LENGTH + 40)}`,
      "oversized",
      `The response link is ${MAX_LINK_LENGTH + 43} characters long; no response is that long.`,
    ],
    ["other characters", `${LINK}~`, "malformed", "The link contains characters a response link never has."],
    ["a result link", answersLink, "malformed", "The link does not start like a response link."],
    ["an invitation", `i1.${TEAM}.all.T3JkZXJz.1234`, "malformed", "The link does not start like a response link."],
    ["format 0", LINK.replace("r1.", "r0."), "malformed", "The link does not start like a response link."],
    ["a newer format", "r2.something.else", "newer-format", "The response uses format 2; this app reads up to format 1."],
    ["a link cut after the role", `r1.${TEAM}.operations.`, "damaged", "The response link is incomplete: it may have been cut off."],
    ["a link cut in the team id", `r1.${TEAM.slice(0, 4)}`, "damaged", "The response link is incomplete: it may have been cut off."],
    ["too many parts", `${LINK}.AAAA`, "malformed", "The response link has more parts than a response has."],
    ["a bad team id", LINK.replace(TEAM, "short"), "malformed", "The response does not say which team's assessment it belongs to."],
    ["an unknown role", LINK.replace("operations", "sales"), "malformed", "The response names a role this app does not know: sales."],
    ["a garbled role", LINK.replace("operations", "Op3rations_"), "malformed", "The response does not say which role answered."],
    ["answers cut off", LINK.slice(0, -6), "damaged", /^The link (does not add up|is too short)/],
    ["answers changed", LINK.slice(0, -3) + (LINK.endsWith("A") ? "BBB" : "AAA"), "damaged", /^The link does not add up/],
  ];

  it.each(refusals)("refuses %s", (_label, text, kind, sentence) => expectRefusal(admitResponse(text, context), kind, sentence));

  it("refuses answers made with a newer questionnaire", () => {
    expectRefusal(
      admitResponse(encodeResponse(RESPONSE, codebook, 5), context),
      "newer-content",
      "The link was made with a newer version of the questionnaire than this app has.",
    );
  });

  it("refuses a response whose name is only invisible characters", () => {
    const inner = encodeLink(
      { name: "\u200b", updatedAt: RESPONSE.answeredOn, contentVersion: "x", answers: {}, decisions: {} },
      codebook,
      0,
    );
    expectRefusal(
      admitResponse(`r1.${TEAM}.security.${inner}`, context),
      "invalid",
      "The response does not name the assessment it answers.",
    );
    const blank = encodeLink({ name: "  ", updatedAt: RESPONSE.answeredOn, contentVersion: "x", answers: {}, decisions: {} }, codebook, 0);
    expectRefusal(admitResponse(`r1.${TEAM}.security.${blank}`, context), "invalid", /^The assessment in the link is not valid: /);
  });
});

describe("admitResponseFile", () => {
  const file = (value: unknown): string => JSON.stringify(value);

  it("reads the file responseFile makes, exactly as the link", () => {
    expect(admitResponseFile(responseFile(LINK).text, context)).toEqual({
      ok: true,
      fragment: expect.any(String),
      response: RESPONSE,
      unmapped: [],
    });
  });

  it("knows an exported assessment by its format name", () => {
    expect(ASSESSMENT_FILE_FORMAT).toBe(EXPORT_FORMAT);
  });

  const format = "know-before-you-deploy/team-response";
  const refusals: [string, string, string, string | RegExp][] = [
    ["an empty file", " \n", "empty", "The file is empty."],
    ["a file too large", " ".repeat(MAX_RESPONSE_FILE_LENGTH + 1), "oversized", "The file is 101 KB; a response file is far smaller."],
    ["text that is not JSON", "r1.abc", "malformed", "The file is not a response file: it is not JSON."],
    ["a JSON list", file([LINK]), "malformed", "The file is not a response file from this app."],
    ["a JSON string", file(LINK), "malformed", "The file is not a response file from this app."],
    ["null", "null", "malformed", "The file is not a response file from this app."],
    ["another object", file({ link: LINK }), "malformed", "The file is not a response file from this app."],
    [
      "an exported assessment",
      file({ format: EXPORT_FORMAT, formatVersion: 1, assessment: {} }),
      "malformed",
      "The file is an exported assessment, not a team response: import it from the list of assessments.",
    ],
    [
      "a newer format",
      file({ format, formatVersion: 2, link: LINK }),
      "newer-format",
      "The file uses response format 2; this app reads up to format 1.",
    ],
    ["no format version", file({ format, link: LINK }), "malformed", "The response file does not say which format it uses."],
    [
      "a format version in words",
      file({ format, formatVersion: "1", link: LINK }),
      "malformed",
      "The response file does not say which format it uses.",
    ],
    [
      "format version 0",
      file({ format, formatVersion: 0, link: LINK }),
      "malformed",
      "The response file does not say which format it uses.",
    ],
    ["no link", file({ format, formatVersion: 1 }), "malformed", "The response file holds no response link."],
    ["a link that is not text", file({ format, formatVersion: 1, link: 7 }), "malformed", "The response file holds no response link."],
    ["an empty link", file({ format, formatVersion: 1, link: "" }), "empty", "The link in the file has nothing after “#”."],
    [
      "a damaged link",
      file({ format, formatVersion: 1, link: LINK.slice(0, -3) + (LINK.endsWith("A") ? "BBB" : "AAA") }),
      "damaged",
      /^The link in the file does not add up/,
    ],
    [
      "a link of another kind",
      file({ format, formatVersion: 1, link: answersLink }),
      "malformed",
      "The link in the file does not start like a response link.",
    ],
  ];

  it.each(refusals)("refuses %s", (_label, text, kind, sentence) => expectRefusal(admitResponseFile(text, context), kind, sentence));
});

describe("the fragment a facilitator keeps", () => {
  it("is the response link as this app writes it, however it was pasted", () => {
    const link = encodeResponse(RESPONSE, codebook, 0);
    const pasted = admitResponse(`  https://example.org/team#${link}\n`, context);
    expect(pasted.ok && pasted.fragment).toBe(link);
    const filed = admitResponseFile(responseFile(link).text, context);
    expect(filed.ok && filed.fragment).toBe(link);
  });
});
