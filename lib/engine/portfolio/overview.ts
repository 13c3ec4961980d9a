/**
 * Everything the portfolio page shows, from one assessment of each application: the heat
 * map, the pilot ranking and the programme plan. Each piece has its own verb; this one
 * assesses every application once for all three, which is what a page showing them together
 * should call.
 */
import type { Assessment } from "../assessment";
import type { Questionnaire } from "../questionnaire";
import { rankPilots, type PilotRanking } from "./pilot-ranking";
import { assessedPortfolio, portfolioColumns, type PortfolioView } from "./portfolio-view";
import type { Programme } from "./programme";
import { programmePlanFrom, type ProgrammePlan, type ProgrammePlanOptions } from "./programme-plan";

export interface PortfolioOverview {
  portfolio: PortfolioView;
  ranking: PilotRanking;
  plan: ProgrammePlan;
}

export interface OverviewOptions extends ProgrammePlanOptions {
  /** The programme whose first-wave answers the ranking is checked against; each assessment's own when absent. */
  programme?: Pick<Programme, "id" | "name" | "answers">;
}

export function portfolioOverview(
  questionnaire: Questionnaire,
  assessments: readonly Assessment[],
  options: OverviewOptions = {},
): PortfolioOverview {
  const { programme, name = programme?.name ?? "Programme", nameOf, ...assessOptions } = options;
  const assessed = assessedPortfolio(questionnaire, assessments, assessOptions);
  const portfolio = { columns: portfolioColumns(questionnaire), rows: assessed.map((entry) => entry.row) };
  return {
    portfolio,
    ranking: rankPilots(questionnaire, portfolio, programme ? { programme } : {}),
    plan: programmePlanFrom(questionnaire, assessed, { name, ...(nameOf ? { nameOf } : {}) }),
  };
}
