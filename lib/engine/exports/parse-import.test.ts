/**
 * Reading a JSON export back: an untrusted file is refused in plain words (never with an
 * exception), and what cannot be carried over to the current questionnaire is listed.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Assessment } from "../assessment";
import { EMPTY_HISTORY, type IdHistory } from "../share/id-history";
import { brokenFixture, fixtureQuestionnaire } from "../test-fixtures/fixture-questionnaire";
import { assess } from "../assess/assess";
import { exportDocument } from "./export-document";
import { toJsonExport } from "./json-export";
import { MAX_IMPORT_BYTES, parseImport, type ImportResult } from "./parse-import";

// Any code point but a lone surrogate (fast-check's "binary" unit takes seconds to set up).
const anyChar = fc
  .oneof(fc.integer({ min: 0, max: 0xd7ff }), fc.integer({ min: 0xe000, max: 0x10ffff }))
  .map((code) => String.fromCodePoint(code));

const questionnaire = fixtureQuestionnaire;

const ASSESSMENT: Assessment = {
  id: "local",
  name: "Payments API",
  assessor: "Ada",
  createdAt: "2026-01-05T10:00:00.000Z",
  updatedAt: "2026-02-06T10:30:00.000Z",
  contentVersion: questionnaire.version,
  answers: { "scope.goal": "cost", "storage.stateful": "yes", "storage.kinds": ["database"], "storage.backup": "none" },
  decisions: { backups: { status: "done", person: "Grace" } },
};
const VALID = toJsonExport(exportDocument(assess(questionnaire, ASSESSMENT), new Date("2026-03-01T00:00:00Z")));
const validData = (): Record<string, unknown> => JSON.parse(VALID) as Record<string, unknown>;

/** The valid export with one part replaced, as text. */
function edited(edit: (data: Record<string, unknown>, assessment: Record<string, unknown>) => void): string {
  const data = validData();
  edit(data, data.assessment as Record<string, unknown>);
  return JSON.stringify(data);
}

function errorsOf(result: ImportResult): string[] {
  if (result.ok) throw new Error("expected the import to be refused");
  return result.errors;
}

describe("parseImport refuses what is not a valid export, in plain words", () => {
  it.each<[string, string, RegExp]>([
    ["not JSON", "this is not json {", /not JSON/],
    ["an empty file", "", /not JSON/],
    ["JSON, but a list", "[1, 2, 3]", /not an export from this tool/],
    ["JSON, but null", "null", /not an export from this tool/],
    ["JSON of another format", JSON.stringify({ format: "someone-else/assessment", formatVersion: 1 }), /not an export from this tool/],
    ["JSON with no format", JSON.stringify({ assessment: {} }), /“format” is missing or different/],
    ["a newer format version", edited((data) => (data.formatVersion = 2)), /newer version of this tool \(format 2\)/],
    ["a format version that is not a number", edited((data) => (data.formatVersion = "1")), /formatVersion/],
    ["a name too long", edited((_, a) => (a.name = "x".repeat(81))), /At “assessment › name”: .*80/],
    ["an empty name", edited((_, a) => (a.name = "   ")), /At “assessment › name”/],
    [
      "a name of zero-width spaces",
      edited((_, a) => (a.name = "\u200B\u200B\u200B")),
      /At “assessment › name”: the name has no visible characters/,
    ],
    [
      "a name of bidi controls, joiners and fillers",
      edited((_, a) => (a.name = " \u202E\u2066\u200D\uFEFF\u3164\u2800 ")),
      /At “assessment › name”: the name has no visible characters/,
    ],
    ["a date that is not a date", edited((_, a) => (a.updatedAt = "yesterday")), /At “assessment › updatedAt”/],
    [
      "an answer of the wrong type",
      edited((_, a) => (a.answers = { "scope.goal": { nested: true } })),
      /At “assessment › answers › scope\.goal”/,
    ],
    [
      "a decision with an unknown status",
      edited((_, a) => (a.decisions = { backups: { status: "maybe" } })),
      /At “assessment › decisions › backups › status”/,
    ],
    ["an unknown field in the assessment", edited((_, a) => (a.extra = 1)), /At “assessment”/],
    [
      "a likelihood of the wrong type",
      edited((data) => {
        const computed = data.computed as { risks: Record<string, unknown>[] };
        const first = computed.risks[0];
        if (first) first.likelihood = "very";
      }),
      /At “computed › risks › 0 › likelihood”/,
    ],
    [
      "a likelihood off the scale",
      edited((data) => (data.computed as { risks: { likelihood: number }[] }).risks.forEach((r) => (r.likelihood = 9))),
      /likelihood/,
    ],
    ["a missing assessment", edited((data) => delete data.assessment), /At “assessment”/],
  ])("%s", (_name, text, message) => {
    const errors = errorsOf(parseImport(text, questionnaire, EMPTY_HISTORY));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.length).toBeLessThanOrEqual(10);
    expect(errors.join(" ")).toMatch(message);
    for (const error of errors) {
      expect(error).toMatch(/\.$/);
      expect(error).not.toMatch(/undefined|\[object|NaN|\{"/);
    }
  });

  it("refuses a file over 1 MB before reading it", () => {
    const padded = VALID.replace('"contentVersion"', `"padding": "${"x".repeat(MAX_IMPORT_BYTES)}", "contentVersion"`);
    expect(errorsOf(parseImport(padded, questionnaire, EMPTY_HISTORY))).toEqual([expect.stringMatching(/over 1 MB/)]);
  });

  it("counts the size in bytes, not characters", () => {
    const wide = VALID.replace('"contentVersion"', `"padding": "${"€".repeat(MAX_IMPORT_BYTES / 3 + 10)}", "contentVersion"`);
    expect(wide.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(errorsOf(parseImport(wide, questionnaire, EMPTY_HISTORY))).toEqual([expect.stringMatching(/over 1 MB/)]);
  });

  it("drops invisible characters around a name, as it drops spaces", () => {
    const result = parseImport(
      edited((_, a) => (a.name = "\u200B\u2066 Payments API\u2069\uFEFF")),
      questionnaire,
      EMPTY_HISTORY,
    );
    expect(result.ok && result.assessment.name).toBe("Payments API");
  });

  it("accepts a valid export with extra top-level or computed fields, or none computed", () => {
    expect(
      parseImport(
        edited((data) => (data.note = "added by a later tool")),
        questionnaire,
        EMPTY_HISTORY,
      ).ok,
    ).toBe(true);
    expect(
      parseImport(
        edited((data) => delete data.computed),
        questionnaire,
        EMPTY_HISTORY,
      ).ok,
    ).toBe(true);
  });
});

describe("parseImport carries the answers over to the current questionnaire", () => {
  it("lists unknown questions and actions instead of dropping them silently", () => {
    const text = edited((_, a) => {
      a.answers = { "scope.goal": "cost", "no.such-question": "x", "scope.ops-capacity": 9 };
      a.decisions = { backups: { status: "done" }, "no-such-action": { status: "open" } };
    });
    const result = parseImport(text, questionnaire, EMPTY_HISTORY);
    if (!result.ok) throw new Error(result.errors.join(" "));
    expect(result.assessment.answers).toEqual({ "scope.goal": "cost" });
    expect(result.assessment.decisions).toEqual({ backups: { status: "done" } });
    expect(result.unmapped).toHaveLength(3);
    expect(result.unmapped.join("\n")).toMatch(/“no\.such-question”/);
    expect(result.unmapped.join("\n")).toMatch(/“How much operations capacity can you spare\?”: the point “9” is not on its scale/);
    expect(result.unmapped.join("\n")).toMatch(/“no-such-action”/);
  });

  it("keeps risk decisions on risks the content has, and lists those on risks it no longer has", () => {
    const decision = { kind: "accepted", reason: "We live with it", decidedOn: "2026-01-10", basis: "0badc0de" };
    const text = edited((_, a) => {
      a.riskDecisions = {
        "storage.data-loss": decision,
        "no.such-risk": { ...decision, kind: "mitigated" },
        ["__proto__"]: decision,
      };
    });
    const result = parseImport(text, questionnaire, EMPTY_HISTORY);
    if (!result.ok) throw new Error(result.errors.join(" "));
    expect(result.assessment.riskDecisions).toEqual({ "storage.data-loss": decision });
    expect(Object.getPrototypeOf(result.assessment.riskDecisions)).toBe(Object.prototype);
    // zod's record drops a "__proto__" key (as it does in answers and decisions), so it neither counts nor sets a prototype.
    expect(result.unmapped).toEqual([
      "A decision on the risk “no.such-risk” (mitigated another way): that risk is no longer in the questionnaire.",
    ]);
  });

  it("leaves the field out when no risk decision can be kept", () => {
    const decision = { kind: "accepted", decidedOn: "2026-01-10", basis: "0badc0de" };
    const result = parseImport(
      edited((_, a) => (a.riskDecisions = { "no.such-risk": decision })),
      questionnaire,
      EMPTY_HISTORY,
    );
    expect(result.ok && "riskDecisions" in result.assessment).toBe(false);
    expect(result.ok && result.unmapped).toHaveLength(1);
  });

  it("follows the id history, and labels the result with the current version", () => {
    const renamed = brokenFixture((draft) => {
      draft.version = "2026.2.1";
      const goal = draft.questions.find((q) => q.id === "scope.goal");
      if (goal?.kind !== "single") throw new Error("Test setup: scope.goal");
      goal.id = "scope.objective";
      goal.options = goal.options.map((o) => (o.id === "cost" ? { ...o, id: "savings" } : o));
      draft.actions = draft.actions.map((a) => (a.id === "backups" ? { ...a, id: "backup-plan" } : a));
    });
    const history: IdHistory = {
      questions: { renamed: { "scope.goal": "scope.objective" }, removed: [] },
      options: { "scope.objective": { renamed: { cost: "savings" }, removed: [] } },
      actions: { renamed: { backups: "backup-plan" }, removed: [] },
    };
    const result = parseImport(VALID, renamed, history);
    if (!result.ok) throw new Error(result.errors.join(" "));
    expect(result.assessment.contentVersion).toBe("2026.2.1");
    expect(result.assessment.answers).toEqual({ ...ASSESSMENT.answers, "scope.goal": undefined, "scope.objective": "savings" });
    expect(result.assessment.decisions).toEqual({ "backup-plan": { status: "done", person: "Grace" } });
    expect(result.unmapped).toEqual([]);
  });
});

describe("parseImport never throws", () => {
  const mutated = fc
    .tuple(fc.nat({ max: VALID.length }), fc.nat({ max: 20 }), fc.string({ maxLength: 5 }))
    .map(([at, cut, insert]) => VALID.slice(0, at) + insert + VALID.slice(at + cut));
  const inputs = fc.oneof(
    fc.string(),
    fc.string({ unit: anyChar }),
    fc.json(),
    fc.jsonValue().map((value) => JSON.stringify({ format: "know-before-you-deploy/assessment", formatVersion: 1, assessment: value })),
    mutated,
  );

  it("answers every input with an assessment or plain-words errors", () => {
    fc.assert(
      fc.property(inputs, (text) => {
        const result = parseImport(text, questionnaire, EMPTY_HISTORY);
        if (result.ok) expect(result.assessment.name.length).toBeGreaterThan(0);
        else {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) expect(typeof error).toBe("string");
        }
      }),
      { numRuns: 300 },
    );
  });
});
