/**
 * JSON export: a named, versioned file that validates against its own schema and reads
 * back, through parseImport, as the same assessment.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answers } from "../answers";
import type { Assessment, Decision } from "../assessment";
import { evaluate } from "../evaluation";
import { EMPTY_HISTORY } from "../share/id-history";
import { arbitraryAnswers } from "../test-fixtures/arbitrary-answers";
import { fixtureQuestionnaire } from "../test-fixtures/fixture-questionnaire";
import { resolveVisibility } from "../visibility";
import { hasVisibleText, visibleText } from "../visible-text";
import { assess } from "../assess/assess";
import { unknownFixture } from "../test-fixtures/unknown-fixture";
import { decided, decidedView, DECISIONS as RISK_DECISIONS, TODAY } from "./adr/decisions-fixture";
import { exportDocument } from "./export-document";
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, exportFileSchema, toJsonExport } from "./json-export";
import { parseImport } from "./parse-import";

// Any code point but a lone surrogate (fast-check's "binary" unit takes seconds to set up).
const anyChar = fc
  .oneof(fc.integer({ min: 0, max: 0xd7ff }), fc.integer({ min: 0xe000, max: 0x10ffff }))
  .map((code) => String.fromCodePoint(code));

const questionnaire = fixtureQuestionnaire;
const EXPORTED_AT = new Date("2026-03-01T12:00:00.000Z");

function assessmentWith(answers: Answers, decisions: Record<string, Decision>, extra: Partial<Assessment> = {}): Assessment {
  return {
    id: "local-id",
    name: "Payments API",
    assessor: "Ada Lovelace",
    createdAt: "2026-01-05T10:00:00.000Z",
    updatedAt: "2026-02-06T10:30:00.000Z",
    contentVersion: questionnaire.version,
    answers,
    decisions,
    ...extra,
  };
}

const exportOf = (assessment: Assessment): string => toJsonExport(exportDocument(assess(questionnaire, assessment), EXPORTED_AT));

const ANSWERS: Answers = {
  "scope.goal": "portability",
  "scope.pilot": "payments",
  "scope.ops-capacity": 1,
  "storage.stateful": "yes",
  "storage.kinds": ["database", "files"],
  "storage.backup": "untested",
  "security.tenancy": "multi-tenant",
  "security.compliance": ["pci"],
  "security.isolation": 1,
};
const DECISIONS: Record<string, Decision> = {
  "pick-pilot": { status: "done", person: "Grace", note: "Picked payments." },
  backups: { status: "not-applicable", reason: "The database is managed.", person: "" },
};

describe("toJsonExport", () => {
  const text = exportOf(assessmentWith(ANSWERS, DECISIONS));
  const data: unknown = JSON.parse(text);

  it("writes a file its own schema accepts, under the named format and version", () => {
    const parsed = exportFileSchema.parse(data);
    expect(parsed).toMatchObject({
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_FORMAT_VERSION,
      exportedAt: EXPORTED_AT.toISOString(),
      contentVersion: questionnaire.version,
    });
    expect(EXPORT_FORMAT).toBe("know-before-you-deploy/assessment");
    expect(EXPORT_FORMAT_VERSION).toBe(1);
    expect(text.endsWith("}\n")).toBe(true);
    expect(text).toContain('\n  "assessment": {');
  });

  it("carries what a person entered, and no local bookkeeping", () => {
    const { assessment } = exportFileSchema.parse(data);
    expect(assessment).toEqual({
      name: "Payments API",
      assessor: "Ada Lovelace",
      createdAt: "2026-01-05T10:00:00.000Z",
      updatedAt: "2026-02-06T10:30:00.000Z",
      answers: ANSWERS,
      decisions: DECISIONS,
    });
    expect(text).not.toContain("local-id");
  });

  it("adds what was computed, from the same evaluation", () => {
    const { results, plan } = evaluate(questionnaire, ANSWERS);
    const computed = exportFileSchema.parse(data).computed;
    expect(computed?.bandCounts).toEqual(results.bandCounts);
    // Readiness plus how much of each area is known (no unknown answers here: all of it).
    expect(computed?.readiness.map(({ knownShare: _share, ...rest }) => rest)).toEqual(results.readiness);
    expect(computed?.readiness.map((area) => area.knownShare)).toEqual(results.readiness.map(() => 100));
    expect(computed?.risks.map((risk) => [risk.id, risk.likelihood, risk.impact, risk.band])).toEqual(
      results.risks.map((risk) => [risk.id, risk.likelihood, risk.impact, risk.band]),
    );
    const actions = plan.phases.flatMap((phase) => phase.actions);
    expect(computed?.plan.map((action) => [action.id, action.order, action.priority])).toEqual(
      actions.map((action) => [action.id, action.order, action.priority]),
    );
    expect(computed?.plan.find((action) => action.id === "pick-pilot")?.status).toBe("done");
    expect(computed?.plan.find((action) => action.id === "backups")?.status).toBe("not-applicable");
    expect(computed?.plan.find((action) => action.id === "managed-database")?.status).toBe("open");
    expect(computed?.planSummary).toEqual(plan.summary);
  });

  it("leaves out an empty assessor", () => {
    const { assessment } = exportFileSchema.parse(JSON.parse(exportOf(assessmentWith({}, {}, { assessor: "" }))));
    expect("assessor" in assessment).toBe(false);
  });
});

describe("JSON export → parseImport round trip", () => {
  it("reads back the same assessment", () => {
    const result = parseImport(exportOf(assessmentWith(ANSWERS, DECISIONS)), questionnaire, EMPTY_HISTORY);
    expect(result).toEqual({
      ok: true,
      assessment: {
        name: "Payments API",
        assessor: "Ada Lovelace",
        updatedAt: "2026-02-06T10:30:00.000Z",
        contentVersion: questionnaire.version,
        answers: ANSWERS,
        decisions: DECISIONS,
      },
      unmapped: [],
    });
  });

  const text = (maxLength: number) => fc.oneof(fc.string({ unit: anyChar, maxLength }), fc.string({ maxLength }));
  const decision: fc.Arbitrary<Decision> = fc.record(
    {
      status: fc.constantFrom("open" as const, "done" as const, "not-applicable" as const),
      reason: text(400),
      person: text(40),
      note: text(400),
    },
    { requiredKeys: ["status"] },
  );
  const decisions = fc
    .subarray(questionnaire.actions.map((action) => action.id))
    .chain((ids) => fc.tuple(...ids.map((id) => decision.map((value) => [id, value] as const))))
    .map((entries) => Object.fromEntries(entries));
  const assessments = fc
    .record({
      name: text(40)
        .map((name) => name.trim())
        .filter(hasVisibleText),
      assessor: fc.option(text(40), { nil: undefined }),
      answers: arbitraryAnswers(questionnaire),
      decisions,
      updatedAt: fc.date({ min: new Date("2000-01-01"), max: new Date("2200-01-01"), noInvalidDate: true }).map((d) => d.toISOString()),
    })
    .map(({ assessor, ...rest }) =>
      assessmentWith(rest.answers, rest.decisions, { ...rest, ...(assessor === undefined ? { assessor: undefined } : { assessor }) }),
    );

  it("reads back the same name, assessor, answers and decisions for any assessment", () => {
    fc.assert(
      fc.property(assessments, (assessment) => {
        const result = parseImport(exportOf(assessment), questionnaire, EMPTY_HISTORY);
        if (!result.ok) throw new Error(result.errors.join(" "));
        const counted = resolveVisibility(questionnaire, assessment.answers).effective;
        expect(result.assessment.name).toBe(visibleText(assessment.name));
        expect(result.assessment.assessor).toBe(assessment.assessor || undefined);
        expect(result.assessment.updatedAt).toBe(assessment.updatedAt);
        expect(result.assessment.answers).toEqual(counted);
        expect(result.assessment.decisions).toEqual(assessment.decisions);
        expect(result.unmapped).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe("risk decisions in the JSON export", () => {
  const text = toJsonExport(exportDocument(decidedView, EXPORTED_AT));
  const file = exportFileSchema.parse(JSON.parse(text));

  it("carry in the assessment, each as saved, and read back the same", () => {
    expect(file.assessment.riskDecisions).toEqual(RISK_DECISIONS);
    const result = parseImport(text, unknownFixture, EMPTY_HISTORY);
    if (!result.ok) throw new Error(result.errors.join(" "));
    expect(result.assessment.riskDecisions).toEqual(RISK_DECISIONS);
    expect(result.unmapped).toEqual([]);
    // Decided on the same answers, so what was settled is settled again.
    const again = assess(unknownFixture, { ...decided, ...result.assessment }, { today: TODAY });
    expect(again.settledRisks.map((risk) => risk.id)).toEqual(decidedView.settledRisks.map((risk) => risk.id));
    expect(again.reviewDue.map((risk) => risk.id)).toEqual(["scope.tool-sprawl"]);
  });

  it("say in the computed part where each decided risk stands, and which actions are set aside", () => {
    const standing = file.computed?.risks.map((risk) => [risk.id, risk.decision]);
    expect(standing).toEqual([
      ["storage.data-loss", { kind: "accepted", inForce: true, review: [] }],
      ["scope.tool-sprawl", { kind: "mitigated", inForce: false, review: ["review-date"] }],
    ]);
    expect(file.computed?.plan.filter((action) => action.setAside).map((action) => action.id)).toEqual([
      "managed-database",
      "backups",
      "restore-drill",
    ]);
  });

  it("are left out when there are none", () => {
    const plain = exportFileSchema.parse(JSON.parse(exportOf(assessmentWith(ANSWERS, DECISIONS))));
    expect("riskDecisions" in plain.assessment).toBe(false);
    expect(plain.computed?.risks.some((risk) => "decision" in risk)).toBe(false);
  });

  it("are checked on import like every other field", () => {
    const bad = text.replace('"kind": "accepted"', '"kind": "ignored"');
    const result = parseImport(bad, unknownFixture, EMPTY_HISTORY);
    expect(result.ok ? [] : result.errors.join(" ")).toMatch(/At “assessment › riskDecisions › [a-z.-]+ › kind”/);
  });
});

describe("answers to hidden questions", () => {
  const SECRET = "Project Nightingale";
  /** Compliance and its follow-ups were answered on a shared platform; then tenancy became single-team, hiding them. */
  const STALE: Answers = {
    ...ANSWERS,
    "storage.stateful": "no",
    "security.tenancy": "single-team",
    "security.exceptions": SECRET,
  };
  const SHOWN: Answers = {
    "scope.goal": "portability",
    "scope.pilot": "payments",
    "scope.ops-capacity": 1,
    "storage.stateful": "no",
    "security.tenancy": "single-team",
  };

  it("are left out of the export, and so never come back on import", () => {
    const text = exportOf(assessmentWith(STALE, DECISIONS));
    expect(text).not.toContain(SECRET);
    expect(exportFileSchema.parse(JSON.parse(text)).assessment.answers).toEqual(SHOWN);
    const result = parseImport(text, questionnaire, EMPTY_HISTORY);
    expect(result.ok && result.assessment.answers).toEqual(SHOWN);
  });

  it("are carried again once the earlier answer shows their question", () => {
    const text = exportOf(assessmentWith({ ...STALE, "security.tenancy": "multi-tenant" }, DECISIONS));
    expect(exportFileSchema.parse(JSON.parse(text)).assessment.answers["security.exceptions"]).toBe(SECRET);
  });

  const textQuestions = questionnaire.questions.filter((question) => question.kind === "text").map((question) => question.id);
  /** Text answers made unmistakable, so finding one in the file can only mean it travelled. */
  const marked = (junk: boolean) =>
    arbitraryAnswers(questionnaire, { junk }).map((answers) => {
      const out: Record<string, Answers[string]> = { ...answers };
      for (const id of textQuestions) if (typeof out[id] === "string") out[id] = `secret in ${id}`;
      return out;
    });

  it("never travel, for any answers, even malformed ones", () => {
    fc.assert(
      fc.property(marked(true), (answers) => {
        const text = exportOf(assessmentWith(answers, {}));
        const exported = exportFileSchema.parse(JSON.parse(text)).assessment.answers;
        const { visible, effective } = resolveVisibility(questionnaire, answers);
        expect(exported).toEqual(effective);
        for (const id of Object.keys(exported)) expect(visible, id).toContain(id);
        for (const id of textQuestions)
          if (typeof answers[id] === "string") expect(text.includes(`secret in ${id}`), id).toBe(visible.includes(id));
      }),
      { numRuns: 200 },
    );
  });

  it("leave the results, risks and plan of the imported file the same as those of the answers stored", () => {
    fc.assert(
      fc.property(marked(false), (answers) => {
        const result = parseImport(exportOf(assessmentWith(answers, {})), questionnaire, EMPTY_HISTORY);
        if (!result.ok) throw new Error(result.errors.join(" "));
        expect(evaluate(questionnaire, result.assessment.answers)).toEqual(evaluate(questionnaire, answers));
      }),
      { numRuns: 200 },
    );
  });
});
