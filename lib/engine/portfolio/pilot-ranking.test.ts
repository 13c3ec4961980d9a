/** The pilot ranking is deterministic, explains each place in words made from the data, and says where the team's choice disagrees. */
import { describe, expect, it } from "vitest";
// eslint-disable-next-line no-restricted-imports -- the ranking is read from the real content
import { questionnaire } from "@/content/questionnaire";
// eslint-disable-next-line no-restricted-imports -- the scenario teams are real, complete answer sets
import { teams } from "@/content/scenarios/teams";
import type { Answers } from "../answers";
import type { Assessment } from "../assessment";
import { namedAssessment } from "../test-fixtures/named-assessment";
import { rankPilots } from "./pilot-ranking";
import { assessPortfolio } from "./portfolio-view";

const app = (id: string, name: string, answers: Answers): Assessment => namedAssessment(id, name, answers, questionnaire.version);

/** The seven scenario teams, each named as its pilot. */
const estate = Object.entries(teams).map(([id, answers]) => app(id, String(answers["scope.pilot-name"]), answers));
const rank = (assessments: readonly Assessment[], from: Parameters<typeof rankPilots>[2] = {}) =>
  rankPilots(questionnaire, assessPortfolio(questionnaire, assessments), from);

describe("the pilot ranking", () => {
  it("puts high readiness, low criticality, few dependencies and few unknowns first, and says why for every place", () => {
    expect(rank(estate).places.map((place) => [place.place, place.name, place.score, place.reason])).toEqual([
      [1, "Pricing API", 90, "Stateless, no critical risks, no dependencies, 100 readiness, business-supporting, no unknowns"],
      [2, "Billing service", 55, "Stateless, no critical risks, no dependencies, 85 readiness, business-critical, no unknowns"],
      [3, "Store edge gateway", 48, "Stateless, one critical risk, one dependency, 88 readiness, customer-facing, no unknowns"],
      [4, "Quote engine", 31, "Stateless, two critical risks, one dependency, 86 readiness, customer-facing, no unknowns"],
      [5, "Merchant onboarding API", 3, "Stateless, three critical risks, one dependency, 73 readiness, customer-facing, no unknowns"],
      [
        6,
        "Order management monolith",
        -124,
        "Stateful, six critical risks, three dependencies known, the rest partly mapped, 26 readiness, business-critical, no unknowns",
      ],
      [
        7,
        "Customer portal",
        -298,
        "Stateless, 19 critical risks, no dependencies known, the rest partly mapped, 26 readiness, customer-facing, seven unknowns",
      ],
    ]);
  });

  it("shows the working: the score is the sum of its parts", () => {
    const [first] = rank(estate).places;
    expect(first?.parts).toEqual({ readiness: 100, criticalRisks: 0, criticality: -10, dependencies: 0, unknowns: 0, state: 0 });
  });

  it("is the same whatever the order of the assessments, and breaks ties by name, then id", () => {
    const forward = rank(estate).places;
    expect(rank([...estate].reverse()).places).toEqual(forward);
    const twins = [
      app("b", "Twin", teams.statelessService),
      app("c", "alpha", teams.statelessService),
      app("a", "Twin", teams.statelessService),
    ];
    expect(rank(twins).places.map((place) => [place.assessmentId, place.score])).toEqual([
      ["c", 90],
      ["a", 90],
      ["b", 90],
    ]);
  });

  it("never ranks an unknown better than a bad answer: not sure or no criticality weighs as business-critical", () => {
    const base = teams.statelessService;
    const { "scope.business-criticality": _dropped, ...unrated } = base;
    const ranked = rank([
      app("critical", "Critical", { ...base, "scope.business-criticality": "business-critical" }),
      app("unsure", "Unsure", { ...base, "scope.business-criticality": "not-sure" }),
      app("unrated", "Unrated", unrated),
    ]).places;
    expect(new Set(ranked.map((place) => place.parts.criticality))).toEqual(new Set([-30]));
    expect(ranked.map((place) => place.reason.split(", ")[4])).toEqual([
      "business-critical",
      "criticality not given",
      "criticality not sure",
    ]);
  });
});

describe("warnings where the team's first-wave choice contradicts the ranking", () => {
  const programme = { id: "p", name: "Estate", answers: { ...teams.legacyMonolith } };

  it("says which answer, where, and what contradicts it: a stateful legacy system first when a stateless service ranks top", () => {
    expect(rank(estate, { programme }).warnings).toEqual([
      {
        question: "scope.first-workload",
        prompt: "What kind of workload goes first?",
        answer: "A legacy or stateful application",
        source: { kind: "programme", id: "p", name: "Estate" },
        contradicts: { assessmentId: "statelessService", name: "Pricing API", place: 1 },
        text: "In the programme “Estate”, the answer to “What kind of workload goes first?” is “A legacy or stateful application”, but the best-placed application, “Pricing API”, is stateless: learn the platform there and move the stateful system once it has proved itself.",
      },
      {
        question: "scope.pilot-name",
        prompt: "Which workload is it? (optional)",
        answer: "Order management monolith",
        source: { kind: "programme", id: "p", name: "Estate" },
        contradicts: { assessmentId: "legacyMonolith", name: "Order management monolith", place: 6 },
        text: "In the programme “Estate”, the answer to “Which workload is it? (optional)” is “Order management monolith”, but “Order management monolith”, a business-critical application, ranks 6th of 7 (stateful, six critical risks, three dependencies known, the rest partly mapped, 26 readiness, business-critical, no unknowns), and “Pricing API” ranks first (stateless, no critical risks, no dependencies, 100 readiness, business-supporting, no unknowns).",
      },
    ]);
  });

  it("warns against the most critical system first unless the top place is business-critical too", () => {
    const mostCritical = {
      ...programme,
      answers: { ...programme.answers, "scope.first-workload": "most-critical", "scope.pilot-name": "" },
    };
    expect(rank(estate, { programme: mostCritical }).warnings.map((warning) => warning.text)).toEqual([
      "In the programme “Estate”, the answer to “What kind of workload goes first?” is “Our most business-critical system”, but the ranking puts “Pricing API” (business-supporting) first: learn the platform where an outage costs least.",
    ]);
    const billing = estate.filter((assessment) => assessment.id === "saasSharedCluster");
    expect(rank(billing, { programme: mostCritical }).warnings).toEqual([]);
  });

  it("reads each assessment's own choice without a programme: alike answers give one warning, and naming itself is no contradiction", () => {
    const legacy = teams.legacyMonolith;
    const assessments = [...estate, app("second-legacy", "Claims system", { ...legacy, "scope.pilot-name": "Claims system" })];
    const warnings = rank(assessments).warnings;
    expect(warnings.map((warning) => [warning.question, warning.source])).toEqual([
      [
        "scope.first-workload",
        { kind: "assessments", ids: ["second-legacy", "legacyMonolith"], names: ["Claims system", "Order management monolith"] },
      ],
    ]);
    expect(warnings[0]?.text).toMatch(/^In “Claims system” and “Order management monolith”, the answer to/);
  });

  it("gives no warning when the choice agrees, or there is nothing to rank", () => {
    const agreeing = { ...programme, answers: { ...teams.statelessService } };
    expect(rank(estate, { programme: agreeing }).warnings).toEqual([]);
    expect(rank([], { programme })).toEqual({ places: [], warnings: [] });
  });
});
