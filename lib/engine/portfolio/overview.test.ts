import { describe, expect, it } from "vitest";
// eslint-disable-next-line no-restricted-imports -- the portfolio is read from the real content
import { questionnaire } from "@/content/questionnaire";
// eslint-disable-next-line no-restricted-imports -- the scenario teams are real, complete answer sets
import { teams } from "@/content/scenarios/teams";
import type { Assessment } from "../assessment";
import { overviewFrom, portfolioOverview } from "./overview";
import { rankPilots } from "./pilot-ranking";
import { assessedPortfolio, assessPortfolio } from "./portfolio-view";
import { programmePlan } from "./programme-plan";

const estate: Assessment[] = Object.entries(teams).map(([id, answers]) => ({
  id,
  name: String(answers["scope.pilot-name"]),
  createdAt: "2026-12-01T00:00:00Z",
  updatedAt: "2026-12-01T00:00:00Z",
  contentVersion: questionnaire.version,
  answers: { ...answers },
  decisions: {},
}));

describe("portfolioOverview", () => {
  it("gives the same heat map, ranking and programme plan as the verbs one by one", () => {
    const programme = { id: "p", name: "Estate", answers: { ...teams.legacyMonolith } };
    const overview = portfolioOverview(questionnaire, estate, { programme });
    const portfolio = assessPortfolio(questionnaire, estate);
    expect(overview.portfolio).toEqual(portfolio);
    expect(overview.ranking).toEqual(rankPilots(questionnaire, portfolio, { programme }));
    expect(overview.plan).toEqual(programmePlan(questionnaire, estate, { name: "Estate" }));
    expect(overview.ranking.warnings.length).toBeGreaterThan(0);
  });

  it("is the same when the applications were assessed one at a time, in any order", () => {
    const programme = { id: "p", name: "Estate", answers: { ...teams.legacyMonolith } };
    const oneByOne = [...estate].reverse().flatMap((assessment) => assessedPortfolio(questionnaire, [assessment]));
    expect(overviewFrom(questionnaire, oneByOne, { programme })).toEqual(portfolioOverview(questionnaire, estate, { programme }));
  });
});
