/**
 * What a result link may carry: a stale answer to a follow-up that an earlier answer now
 * hides never leaves the browser, and the link still gives the very same results.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answers, AnswerValue } from "../answers";
import { evaluate } from "../evaluation";
import { arbitraryAnswers } from "../test-fixtures/arbitrary-answers";
import { fixtureQuestionnaire } from "../test-fixtures/fixture-questionnaire";
import { resolveVisibility } from "../visibility";
import { decodeBase64Url } from "./base64url";
import { codebookOf } from "./codebook";
import { decodeLink } from "./decode-link";
import { encodeLink } from "./encode-link";
import { EMPTY_HISTORY } from "./id-history";
import { shareableAssessment } from "./shareable-assessment";
import type { SharedAssessment } from "./shared-assessment";

const questionnaire = fixtureQuestionnaire;
const codebook = codebookOf(questionnaire);
const SECRET = "Project Nightingale";

const base: SharedAssessment = {
  name: "Payments API",
  assessor: "Ada",
  updatedAt: "2026-11-25T00:00:00.000Z",
  contentVersion: questionnaire.version,
  answers: {},
  decisions: { "pick-pilot": { status: "done", person: "Grace", note: "Booked" } },
};

/** Compliance was answered while the platform was shared; then tenancy became single-team, hiding it and its follow-ups. */
const STALE: Answers = {
  "scope.goal": "portability",
  "scope.pilot": "payments",
  "storage.stateful": "no",
  "storage.kinds": ["database"],
  "storage.backup": "none",
  "security.tenancy": "single-team",
  "security.compliance": ["pci"],
  "security.isolation": 1,
  "security.exceptions": SECRET,
};
const SHOWN: Answers = {
  "scope.goal": "portability",
  "scope.pilot": "payments",
  "storage.stateful": "no",
  "security.tenancy": "single-team",
};

const utf8 = new TextEncoder();

function containsBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** A link's bytes hold text at any bit offset: look for the secret at each of the eight. */
function linkHoldsText(link: string, text: string): boolean {
  const bytes = decodeBase64Url(link) ?? new Uint8Array();
  const needle = utf8.encode(text);
  for (let shift = 0; shift < 8; shift += 1) {
    const shifted = bytes.map((byte, i) => ((byte << shift) | ((bytes[i + 1] ?? 0) >> (8 - shift))) & 0xff);
    if (containsBytes(shifted, needle)) return true;
  }
  return false;
}

const linkOf = (assessment: SharedAssessment): string => encodeLink(shareableAssessment(questionnaire, assessment), codebook, 0);
const decode = (link: string) => decodeLink(link, [codebook], EMPTY_HISTORY, questionnaire);

describe("shareableAssessment", () => {
  it("keeps only the answers to questions shown, however deep the hiding goes", () => {
    expect(resolveVisibility(questionnaire, STALE).visible).not.toContain("security.exceptions");
    expect(shareableAssessment(questionnaire, { ...base, answers: STALE })).toEqual({ ...base, answers: SHOWN });
  });

  it("keeps who, when and the decisions as they are, and drops local bookkeeping", () => {
    const local = { ...base, id: "local-id", createdAt: "2026-01-01T00:00:00.000Z", answers: SHOWN };
    expect(shareableAssessment(questionnaire, local)).toEqual({ ...base, answers: SHOWN });
  });

  it("drops empty answers and answers to ids that are no question", () => {
    const answers: Answers = { ...SHOWN, "scope.ops-capacity": [], "unknown.question": "x", constructor: "y" };
    expect(shareableAssessment(questionnaire, { ...base, answers }).answers).toEqual(SHOWN);
  });

  it("makes a link that holds no trace of a hidden free-text answer", () => {
    const leaky = encodeLink({ ...base, answers: STALE }, codebook, 0);
    expect(linkHoldsText(leaky, SECRET)).toBe(true); // what the link carried before: the check can see it
    const link = linkOf({ ...base, answers: STALE });
    expect(linkHoldsText(link, SECRET)).toBe(false);
    expect(link.length).toBeLessThan(leaky.length);
    const decoded = decode(link);
    expect(decoded.ok && decoded.assessment.answers).toEqual(SHOWN);
  });

  it("shows the answer again once the earlier answer brings its question back", () => {
    const answers: Answers = { ...STALE, "security.tenancy": "multi-tenant" };
    const decoded = decode(linkOf({ ...base, answers }));
    expect(decoded.ok && decoded.assessment.answers["security.exceptions"]).toBe(SECRET);
  });
});

/** Selections in the order of their options, as a link writes them. */
function inOptionOrder(answers: Answers): Answers {
  const ordered: Record<string, AnswerValue> = { ...answers };
  for (const question of questionnaire.questions) {
    const value = answers[question.id];
    if (question.kind === "multi" && Array.isArray(value))
      ordered[question.id] = question.options.map((o) => o.id).filter((id) => value.includes(id));
  }
  return ordered;
}

describe("result links over random answers", () => {
  it("never carry an answer to a hidden question, even a malformed one", () => {
    fc.assert(
      fc.property(arbitraryAnswers(questionnaire, { junk: true }), (answers) => {
        const decoded = decode(linkOf({ ...base, answers }));
        if (!decoded.ok) throw new Error(decoded.detail);
        const shown = new Set(resolveVisibility(questionnaire, answers).visible);
        for (const id of Object.keys(decoded.assessment.answers)) expect(shown.has(id), id).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("never hold the text of a hidden free-text answer anywhere in their bytes", () => {
    const textQuestions = questionnaire.questions.filter((question) => question.kind === "text").map((question) => question.id);
    // Every text answer made unmistakable, so finding it in the bytes can only mean it travelled.
    const marked = arbitraryAnswers(questionnaire).map((answers) => {
      const out: Record<string, AnswerValue> = { ...answers };
      for (const id of textQuestions) if (id in out) out[id] = `secret in ${id}`;
      return out;
    });
    fc.assert(
      fc.property(marked, (answers) => {
        const link = linkOf({ ...base, answers });
        const shown = new Set(resolveVisibility(questionnaire, answers).visible);
        for (const id of textQuestions) {
          if (id in answers) expect(linkHoldsText(link, `secret in ${id}`), id).toBe(shown.has(id));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("decode to the same results, risks and plan as the answers stored", () => {
    fc.assert(
      fc.property(arbitraryAnswers(questionnaire), (answers) => {
        const decoded = decode(linkOf({ ...base, answers }));
        if (!decoded.ok) throw new Error(decoded.detail);
        expect(decoded.assessment.answers).toEqual(inOptionOrder(resolveVisibility(questionnaire, answers).effective));
        expect(evaluate(questionnaire, decoded.assessment.answers)).toEqual(evaluate(questionnaire, inOptionOrder(answers)));
      }),
      { numRuns: 300 },
    );
  });
});
