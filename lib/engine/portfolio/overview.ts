/**
 * Everything the portfolio page shows, from one assessment of each application: the heat
 * map, the pilot ranking and the programme plan. Each piece has its own verb; this one
 * assesses every application once for all three, which is what a page showing them together
 * should call.
 */
import type { Assessment } from "../assessment";
import type { Questionnaire } from "../questionnaire";
import { rankPilots, type PilotRanking } from "./pilot-ranking";
import { byNameThenId } from "./order";
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
  const { programme: _programme, name: _name, nameOf: _nameOf, ...assessOptions } = options;
  return overviewFrom(questionnaire, assessedPortfolio(questionnaire, assessments, assessOptions), options);
}

/** One application's view and row, in whatever order they were made. */
export type AssessedApplication = ReturnType<typeof assessedPortfolio>[number];

/**
 * The overview from applications already assessed (a page may assess them a few at a time,
 * so that no single task evaluates fifty), put back in portfolio order first.
 */
export function overviewFrom(
  questionnaire: Questionnaire,
  applications: readonly AssessedApplication[],
  options: Pick<OverviewOptions, "programme" | "name" | "nameOf"> = {},
): PortfolioOverview {
  const { programme, name = programme?.name ?? "Programme", nameOf } = options;
  const assessed = [...applications].sort((a, b) => byNameThenId(a.row, b.row));
  const portfolio = { columns: portfolioColumns(questionnaire), rows: assessed.map((entry) => entry.row) };
  return {
    portfolio,
    ranking: rankPilots(questionnaire, portfolio, programme ? { programme } : {}),
    plan: programmePlanFrom(questionnaire, assessed, { name, ...(nameOf ? { nameOf } : {}) }),
  };
}
