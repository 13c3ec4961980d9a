import { describe, expect, it } from "vitest";
// eslint-disable-next-line no-restricted-imports -- the portfolio is read from the real content
import { questionnaire } from "@/content/questionnaire";
// eslint-disable-next-line no-restricted-imports -- the scenario teams are real, complete answer sets
import { legacyMonolith, statelessService } from "@/content/scenarios/teams";
import { assess } from "../assess/assess";
import type { Answers } from "../answers";
import type { Assessment } from "../assessment";
import { namedAssessment } from "../test-fixtures/named-assessment";
import { assessPortfolio, readinessCell } from "./portfolio-view";

const app = (id: string, name: string, answers: Answers): Assessment => namedAssessment(id, name, answers, questionnaire.version);

const pricing = app("a-pricing", "Pricing API", statelessService);
const orders = app("a-orders", "Order management", legacyMonolith);

describe("the portfolio view", () => {
  const view = assessPortfolio(questionnaire, [pricing, orders]);

  it("has every area as a column and every assessment as a row, in name order", () => {
    expect(view.columns.map((column) => column.id)).toEqual(questionnaire.areas.map((area) => area.id));
    expect(view.columns.find((column) => column.id === "ownership")?.shortTitle).toBe("Ownership and traceability");
    expect(view.rows.map((row) => row.name)).toEqual(["Order management", "Pricing API"]);
  });

  it("shows each area's readiness exactly as the assessment's own results do, in numbers and words", () => {
    const own = assess(questionnaire, orders);
    const row = view.rows[0];
    expect(row?.cells.map((cell) => cell.score)).toEqual(own.areas.map((area) => area.readiness.score));
    expect(row?.cells.map((cell) => cell.levelLabel)).toEqual(own.areas.map((area) => area.readiness.levelLabel));
    expect(readinessCell(72).text).toBe("72 · Some work");
    expect(readinessCell(null).text).toBe("Unknown: not answered");
    expect(view.rows[1]?.readiness.text).toBe("100 · Ready");
  });

  it("counts open critical and high risks, and reads criticality, state and dependencies from the answers", () => {
    const own = assess(questionnaire, orders);
    expect(view.rows[0]).toMatchObject({
      critical: own.openRisks.filter((risk) => risk.band === "critical").length,
      high: own.openRisks.filter((risk) => risk.band === "high").length,
      criticality: { value: "business-critical", label: "Business-critical", rank: 4 },
      statefulness: "stateful",
      statefulnessLabel: "Stateful",
      dependencies: {
        count: 3,
        items: ["services it reaches by fixed address", "partners that allow-list its addresses", "cron on its host"],
        map: "partial",
      },
    });
    expect(view.rows[1]).toMatchObject({ critical: 0, high: 0, statefulness: "stateless", dependencies: { count: 0, map: "not-given" } });
  });

  it("counts as unknown each 'not sure' answer and each required question left unanswered, nothing else", () => {
    const { "scope.business-criticality": _optional, "logging.format": _required, ...rest } = statelessService;
    const unsure = app("u", "Unsure", { ...rest, "security.hardening": ["not-sure"], "storage.stateful": "not-sure" });
    const row = assessPortfolio(questionnaire, [unsure]).rows[0];
    // "Not sure" whether it keeps state shows the questions about state and releases, required and unanswered too.
    expect(row?.unknowns).toEqual({
      notSure: 2,
      unanswered: 5,
      total: 7,
      questions: [
        "storage.stateful",
        "storage.state-kind",
        "storage.state-location",
        "storage.backup",
        "logging.format",
        "security.hardening",
        "operations.releases",
      ],
    });
    expect(row).toMatchObject({
      criticality: null,
      criticalityLabel: "Not given",
      statefulness: "unknown",
      statefulnessLabel: "State not known",
    });
  });

  it("orders equal names by id, and gives the same rows whatever the input order", () => {
    const twins = [app("b", "Twin", statelessService), app("a", "twin", statelessService), pricing];
    const rows = assessPortfolio(questionnaire, twins).rows.map((row) => row.id);
    expect(rows).toEqual(["a-pricing", "a", "b"]);
    expect(assessPortfolio(questionnaire, [...twins].reverse()).rows.map((row) => row.id)).toEqual(rows);
  });
});
