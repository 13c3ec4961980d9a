/**
 * The comparison's rules on the real content: unanimity, voice labels, what makes answers
 * the same, the tie rules, follow-ups, and five scenario teams side by side (ordering, the
 * sharpest Dev-vs-Ops differences, and speed).
 */
import { describe, expect, it } from "vitest";
// The comparison is only meaningful on real risks; tests may read content (the engine may not).
// eslint-disable-next-line no-restricted-imports
import { questionnaire } from "@/content/questionnaire";
// eslint-disable-next-line no-restricted-imports
import { legacyMonolith, regulatedPlatform, smallTeamToKubernetes, statelessService, teams } from "@/content/scenarios/teams";
import type { Answers } from "../answers";
import { must } from "../test-fixtures/must";
import { canonicalValue, compareValues } from "./answer-groups";
import { agreedAnswers, compareResponses } from "./compare-responses";
import { TEAM_ROLES, type QuestionComparison, type TeamComparison, type TeamResponse, type TeamRole } from "./team-types";

function response(role: TeamRole, answers: Answers, respondent?: string, answeredOn = "2026-05-01T00:00:00.000Z"): TeamResponse {
  return { team: "abcde12345", name: "Customer portal", role, respondent, answeredOn, contentVersion: questionnaire.version, answers };
}

const questionOf = (comparison: TeamComparison, id: string): QuestionComparison | undefined =>
  comparison.questions.find((question) => question.question === id);
const labels = (voices: readonly { label: string }[]): string[] => voices.map((voice) => voice.label);
const place = (id: string): number => questionnaire.questions.findIndex((question) => question.id === id);
const questionById = (id: string) =>
  must(
    questionnaire.questions.find((question) => question.id === id),
    `question ${id}`,
  );

describe("a unanimous team", () => {
  const same = compareResponses(questionnaire, [
    response("development", smallTeamToKubernetes),
    response("operations", smallTeamToKubernetes),
    response("management", smallTeamToKubernetes),
  ]);

  it("agrees on exactly the answers everyone gave", () => {
    expect(same.questions.every((question) => question.agreement !== "split" && question.spread === 0)).toBe(true);
    expect(same.risks.every((risk) => risk.reach === "all")).toBe(true);
    expect(same.sharpest).toEqual([]);
    const agreed = agreedAnswers(questionnaire, same, {});
    // The same answers, several choices in the question's option order.
    const inOptionOrder = Object.fromEntries(
      Object.entries(smallTeamToKubernetes).map(([id, value]) => [id, canonicalValue(questionById(id), value)]),
    );
    expect(agreed.answers).toEqual(inOptionOrder);
    expect(agreed.answers["scope.goals"]).toEqual(["faster-delivery", "mandate"]);
    expect(agreed.evidence["skills.ops-capacity"]).toMatch(
      /^Agreed from 3 responses: Development, Operations \/ platform, Management: .+; unanimous$/,
    );
  });
});

describe("voices", () => {
  it("numbers voices that would share a label, the same way whatever the input order", () => {
    const responses = [
      response("development", statelessService, undefined, "2026-05-02T00:00:00.000Z"),
      response("development", smallTeamToKubernetes, undefined, "2026-05-01T00:00:00.000Z"),
      response("development", statelessService, "Ada"),
      response("development", smallTeamToKubernetes, "Ada"),
      response("operations", statelessService, " Grace "),
    ];
    const expected = ["Development 1", "Development 2", "Development (Ada) 1", "Development (Ada) 2", "Operations / platform (Grace)"];
    expect(labels(compareResponses(questionnaire, responses).voices)).toEqual(expected);
    expect(labels(compareResponses(questionnaire, [...responses].reverse()).voices)).toEqual(expected);
    // The earlier day is "1"; the same day, the answers decide (and always the same way).
    const sigterm = must(questionOf(compareResponses(questionnaire, responses), "app-knowledge.sigterm"), "SIGTERM compared");
    expect(labels(sigterm.unknown)).toEqual(["Development 1", "Development (Ada) 2"]);
  });
});

describe("answer groups", () => {
  it("treats the same choices in another order as the same answer, in option order", () => {
    const comparison = compareResponses(questionnaire, [
      response("development", { ...smallTeamToKubernetes, "scope.goals": ["faster-delivery", "mandate"] }),
      response("operations", smallTeamToKubernetes),
    ]);
    expect(questionOf(comparison, "scope.goals")).toMatchObject({
      agreement: "unanimous",
      groups: [{ value: ["faster-delivery", "mandate"], voices: comparison.voices }],
    });
  });

  it("breaks a tied baseline towards the more cautious answer", () => {
    // One says stateful (with no backup), one says not; one says SIGTERM is ignored, one that it
    // is handled. The stateful tie goes to "yes" (its follow-ups raise critical risks), so
    // "ignores" is judged with local state: critical, not the stateless high.
    const stateful = {
      "storage.stateful": "yes",
      "storage.state-kind": ["files"],
      "storage.state-location": "network-volume",
      "storage.shared-writes": "no",
      "storage.backup": "none",
    };
    const comparison = compareResponses(questionnaire, [
      response("development", {
        ...smallTeamToKubernetes,
        ...stateful,
        "app-knowledge.sigterm": "graceful",
        "app-knowledge.shutdown-time": "seconds",
      }),
      response("operations", { ...smallTeamToKubernetes, "app-knowledge.sigterm": "ignores" }),
    ]);
    const sigterm = must(questionOf(comparison, "app-knowledge.sigterm"), "SIGTERM compared");
    expect(sigterm.groups.map((group) => [group.value, group.severity, group.band])).toEqual([
      ["ignores", 20, "critical"],
      ["graceful", 0, null],
    ]);
    expect(sigterm.majority).toBeUndefined();
    expect(comparison.questions.slice(0, 2).map((question) => question.question)).toEqual(["storage.stateful", "app-knowledge.sigterm"]);
  });

  it("judges a follow-up the majority hides where it was given", () => {
    const comparison = compareResponses(questionnaire, [
      response("development", {
        ...smallTeamToKubernetes,
        "storage.stateful": "yes",
        "storage.state-kind": ["files"],
        "storage.backup": "none",
      }),
      response("operations", smallTeamToKubernetes),
      response("security", smallTeamToKubernetes),
    ]);
    expect(questionOf(comparison, "storage.stateful")).toMatchObject({ agreement: "split", majority: "no", cautious: "yes" });
    expect(questionOf(comparison, "storage.backup")).toMatchObject({
      agreement: "unanimous",
      groups: [{ value: "none", severity: 20, band: "critical", voices: [comparison.voices[0]] }],
    });
  });
});

describe("five teams side by side", () => {
  const five = [statelessService, legacyMonolith, regulatedPlatform, smallTeamToKubernetes, teams.edgeArmFleet].map((answers, i) =>
    response(must(TEAM_ROLES[i], `role ${i}`), answers),
  );

  it("compares five complete responses in well under a second", () => {
    compareResponses(questionnaire, five);
    const started = performance.now();
    compareResponses(questionnaire, five);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("ranks questions, groups and the cautious answer by the stated rules", () => {
    const comparison = compareResponses(questionnaire, five);
    const split = comparison.questions.filter((question) => question.agreement === "split");
    expect(comparison.questions.slice(0, split.length)).toEqual(split);
    const [top] = split;
    // An answer raising a critical risk beside one raising nothing comes first.
    expect(top?.spread).toBe(Math.max(...comparison.questions.map((question) => question.spread)));
    expect(top?.groups.some((group) => group.band === "critical")).toBe(true);
    expect(top?.groups.some((group) => group.severity === 0)).toBe(true);
    split.forEach((question, i) => {
      const next = split[i + 1];
      if (next)
        expect(question.spread > next.spread || (question.spread === next.spread && place(question.question) < place(next.question))).toBe(
          true,
        );
      const q = questionById(question.question);
      question.groups.slice(1).forEach((group, j) => {
        const before = must(question.groups[j], "the group before");
        const order =
          before.voices.length - group.voices.length || before.severity - group.severity || -compareValues(q, before.value, group.value);
        expect(order).toBeGreaterThan(0);
      });
      const severities = question.groups.map((group) => group.severity);
      expect(question.spread).toBe(Math.max(...severities) - Math.min(...severities));
      const cautious = must(
        question.groups.find((group) => group.value === question.cautious),
        "the cautious group",
      );
      expect(cautious.severity).toBe(Math.max(...severities));
      const [first, second] = question.groups;
      expect(question.majority).toEqual(first && second && first.voices.length > second.voices.length ? first.value : undefined);
    });
  });

  it("names at most three sharpest Dev-vs-Ops differences, by spread", () => {
    const { sharpest, questions } = compareResponses(questionnaire, five);
    expect(sharpest.length).toBeGreaterThan(0);
    expect(sharpest.length).toBeLessThanOrEqual(3);
    for (const difference of sharpest) expect(difference.development).not.toBe(difference.operations);
    const spreads = sharpest.map((difference) => difference.spread);
    expect(spreads).toEqual([...spreads].sort((a, b) => b - a));
    // A split where development and operations gave the same answer is no Dev-vs-Ops difference.
    const sameForBoth = questions.filter((question) => {
      const side = (role: TeamRole) => question.groups.filter((group) => group.voices.some((voice) => voice.role === role));
      const [dev, ops] = [side("development"), side("operations")];
      return question.agreement === "split" && dev.length === 1 && ops.length === 1 && dev[0] === ops[0];
    });
    expect(sameForBoth.length).toBeGreaterThan(0);
    for (const question of sameForBoth) expect(sharpest.map((difference) => difference.question)).not.toContain(question.question);
  });

  it("joins several answers of one role", () => {
    const comparison = compareResponses(questionnaire, [
      response("development", legacyMonolith, "Ada"),
      response("development", smallTeamToKubernetes, "Bob"),
      response("operations", smallTeamToKubernetes, "Grace"),
    ]);
    expect(comparison.sharpest.find((difference) => difference.question === "storage.stateful")).toEqual({
      question: "storage.stateful",
      prompt: questionById("storage.stateful").prompt,
      development: "No: all state is in external services (database, object storage, cache) / Yes",
      operations: "No: all state is in external services (database, object storage, cache)",
      spread: 20,
    });
  });
});
