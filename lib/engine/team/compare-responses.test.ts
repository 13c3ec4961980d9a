/**
 * The team's picture on the real content: three respondents built from one scenario team,
 * with the answers they disagree on stated, so the groups, their order, the risks' reach and
 * the agreed answers can be checked by hand against content/risks.
 */
import { describe, expect, it } from "vitest";
// The comparison is only meaningful on real risks; tests may read content (the engine may not).
// eslint-disable-next-line no-restricted-imports
import { questionnaire } from "@/content/questionnaire";
// eslint-disable-next-line no-restricted-imports
import { smallTeamToKubernetes } from "@/content/scenarios/teams";
import type { Answers } from "../answers";
import { EVIDENCE_MAX_LENGTH } from "../assessment";
import { evaluate } from "../evaluation";
import { must } from "../test-fixtures/must";
import { agreedAnswers, compareResponses } from "./compare-responses";
import type { QuestionComparison, TeamComparison, TeamResponse, TeamRole } from "./team-types";

function response(role: TeamRole, answers: Answers, respondent?: string, answeredOn = "2026-05-01T00:00:00.000Z"): TeamResponse {
  return { team: "abcde12345", name: "Customer portal", role, respondent, answeredOn, contentVersion: questionnaire.version, answers };
}

const questionOf = (comparison: TeamComparison, id: string): QuestionComparison | undefined =>
  comparison.questions.find((question) => question.question === id);
const labels = (voices: readonly { label: string }[]): string[] => voices.map((voice) => voice.label);
const riskTitle = (id: string): string =>
  must(
    questionnaire.risks.find((risk) => risk.id === id),
    `risk ${id}`,
  ).title;
const place = (id: string): number => questionnaire.questions.findIndex((question) => question.id === id);
const questionById = (id: string) =>
  must(
    questionnaire.questions.find((question) => question.id === id),
    `question ${id}`,
  );

/**
 * The brief's team: Development answered as the small team did (not sure about SIGTERM);
 * Grace in operations says it ignores SIGTERM and answers the backup question, which her own
 * "not stateful" hides; Security says it shuts down gracefully within seconds.
 */
const development = response("development", smallTeamToKubernetes);
const operations = response(
  "operations",
  { ...smallTeamToKubernetes, "app-knowledge.sigterm": "ignores", "storage.backup": "none" },
  "Grace",
);
const security = response("security", {
  ...smallTeamToKubernetes,
  "app-knowledge.sigterm": "graceful",
  "app-knowledge.shutdown-time": "seconds",
});
const team = compareResponses(questionnaire, [security, development, operations]);
const UNKNOWN_ONLY = [
  "scope.build-appetite",
  "security.hardening",
  "networking.policy",
  "shared-services.node-prerequisites",
  "operations.releases",
];

describe("compareResponses on one small team", () => {
  it("gives one voice per response, by role, named when a name was given", () => {
    expect(team.voices).toEqual([
      { role: "development", label: "Development" },
      { role: "operations", respondent: "Grace", label: "Operations / platform (Grace)" },
      { role: "security", label: "Security" },
    ]);
  });

  it("puts the one disagreement first, its most severe answer first, unknowns apart", () => {
    const [first] = team.questions;
    expect(first).toEqual({
      question: "app-knowledge.sigterm",
      area: "app-knowledge",
      prompt: questionById("app-knowledge.sigterm").prompt,
      groups: [
        {
          value: "ignores",
          text: "Ignores it, and is killed after the grace period",
          voices: [team.voices[1]],
          severity: 15,
          band: "high",
          risks: [riskTitle("app-knowledge.unclean-shutdown")],
        },
        {
          value: "graceful",
          text: "Stops taking new work, finishes what is in flight and exits",
          voices: [team.voices[2]],
          severity: 0,
          band: null,
          risks: [],
        },
      ],
      unknown: [team.voices[0]],
      agreement: "split",
      spread: 15,
      cautious: "ignores",
      majority: undefined,
    });
  });

  it("orders split, then unknown-only, then unanimous questions, each in questionnaire order", () => {
    const ids = team.questions.map((question) => question.question);
    expect(ids.slice(0, 1 + UNKNOWN_ONLY.length)).toEqual(["app-knowledge.sigterm", ...UNKNOWN_ONLY]);
    for (const id of UNKNOWN_ONLY) {
      expect(questionOf(team, id)).toMatchObject({
        agreement: "unknown-only",
        groups: [],
        spread: 0,
        cautious: undefined,
        majority: undefined,
      });
      expect(labels(must(questionOf(team, id), id).unknown)).toEqual(labels(team.voices));
    }
    const unanimous = team.questions.slice(1 + UNKNOWN_ONLY.length);
    expect(unanimous.every((question) => question.agreement === "unanimous")).toBe(true);
    expect(unanimous.map((question) => place(question.question))).toEqual(
      unanimous.map((question) => place(question.question)).sort((a, b) => a - b),
    );
  });

  it("counts only the answers each respondent's own answers show", () => {
    // Grace is not stateful, so her backup answer is hidden: nobody answered the question.
    expect(questionOf(team, "storage.backup")).toBeUndefined();
    // Her "ignores" hides the shutdown time, so her "not sure" there is no unknown: only
    // Security's answer and Development's unknown remain.
    expect(questionOf(team, "app-knowledge.shutdown-time")).toMatchObject({
      groups: [{ value: "seconds", voices: [team.voices[2]] }],
      unknown: [team.voices[0]],
      agreement: "unanimous",
      spread: 0,
      cautious: "seconds",
      majority: "seconds",
    });
    expect(team.questions).toHaveLength(Object.keys(smallTeamToKubernetes).length);
  });

  it("lists risks raised for only some voices first, with who raises them", () => {
    const some = team.risks.filter((risk) => risk.reach === "some");
    expect(some).toEqual([
      {
        risk: "app-knowledge.unclean-shutdown",
        title: riskTitle("app-knowledge.unclean-shutdown"),
        band: "high",
        raisedBy: [team.voices[0], team.voices[1]],
        reach: "some",
      },
      {
        risk: "app-knowledge.signals-lost-as-pid1",
        title: riskTitle("app-knowledge.signals-lost-as-pid1"),
        band: "high",
        raisedBy: [team.voices[0]],
        reach: "some",
      },
    ]);
    const all = team.risks.slice(some.length);
    expect(all.every((risk) => risk.reach === "all" && risk.raisedBy.length === 3)).toBe(true);
    const ownIds = new Set(evaluate(questionnaire, smallTeamToKubernetes).results.risks.map((risk) => risk.id));
    expect(new Set(team.risks.map((risk) => risk.risk))).toEqual(ownIds);
  });

  it("has no Dev-vs-Ops difference when Development did not know", () => {
    expect(team.sharpest).toEqual([]);
  });
});

describe("agreedAnswers", () => {
  it("settles a split on the most cautious answer and keeps only what the agreed answers show", () => {
    const agreed = agreedAnswers(questionnaire, team, {});
    expect(agreed.answers["app-knowledge.sigterm"]).toBe("ignores");
    // "Ignores SIGTERM" hides the shutdown time, so Security's answer to it goes.
    expect(agreed.answers).not.toHaveProperty("app-knowledge.shutdown-time");
    expect(agreed.evidence["app-knowledge.sigterm"]).toBe(
      "Agreed from 3 responses: Operations / platform (Grace): Ignores it, and is killed after the grace period; " +
        "Security: Stops taking new work, finishes what is in flight and exits; Development: Not sure; settled as the most cautious answer",
    );
    expect(Object.keys(agreed.evidence).sort()).toEqual(Object.keys(agreed.answers).sort());
  });

  it("leaves what nobody knew unknown, so the plan says to find out", () => {
    const agreed = agreedAnswers(questionnaire, team, {});
    expect(agreed.answers["networking.policy"]).toBe("not-sure");
    expect(agreed.answers["security.hardening"]).toEqual(["not-sure"]);
    expect(agreed.evidence["networking.policy"]).toBe(
      "Agreed from 3 responses: Development, Operations / platform (Grace), Security: Not sure; nobody knew, so it stays to be found out",
    );
    const tasks = evaluate(questionnaire, agreed.answers).plan.phases.flatMap((phase) => phase.actions.map((action) => action.id));
    for (const id of UNKNOWN_ONLY) expect(tasks).toContain(`find-out.${id}`);
  });

  it("takes the facilitator's answer and note, and null as 'leave unanswered'", () => {
    const agreed = agreedAnswers(
      questionnaire,
      team,
      { "app-knowledge.sigterm": "graceful", "networking.policy": null },
      { "app-knowledge.sigterm": "  Checked in the\nrunbook  ", "app-knowledge.shutdown-time": "Measured in staging" },
    );
    expect(agreed.answers["app-knowledge.sigterm"]).toBe("graceful");
    expect(agreed.answers["app-knowledge.shutdown-time"]).toBe("seconds");
    expect(agreed.answers).not.toHaveProperty("networking.policy");
    expect(agreed.evidence).not.toHaveProperty("networking.policy");
    expect(agreed.evidence["app-knowledge.sigterm"]).toMatch(/; settled by the facilitator: Checked in the runbook$/);
    expect(agreed.evidence["app-knowledge.shutdown-time"]).toBe(
      "Agreed from 2 responses: Security: Under 30 seconds; Development: Not sure; unanimous: Measured in staging",
    );
  });

  it("keeps every citation within the evidence limit", () => {
    const agreed = agreedAnswers(questionnaire, team, {}, { "app-knowledge.sigterm": "why ".repeat(400) });
    const line = must(agreed.evidence["app-knowledge.sigterm"], "the SIGTERM citation");
    expect(line).toHaveLength(EVIDENCE_MAX_LENGTH);
    expect(line.endsWith("…")).toBe(true);
  });
});
