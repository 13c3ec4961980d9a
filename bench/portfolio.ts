/**
 * Portfolio speed: the whole portfolio evaluated (every assessment's results and plan, the
 * heat map), the pilot ranking, the programme plan, and all three at once (portfolioOverview,
 * which assesses each application once), for 10, 50 and 200 applications made
 * from the scenario teams, varied deterministically. "Cold" gives every run new answer
 * objects, so nothing is cached (a first load); "warm" reuses them, as a page re-rendering
 * with unchanged answers does. Medians in milliseconds.
 *
 *   npm run bench:portfolio
 */
import { performance } from "node:perf_hooks";
import { questionnaire } from "../content/questionnaire";
import { teams } from "../content/scenarios/teams";
import { assessPortfolio, portfolioOverview, programmePlan, rankPilots, type Answers, type Assessment } from "@/lib/engine";

const RUNS = 15;
const SIZES = [10, 50, 200];
const CRITICALITY = ["internal-tool", "business-supporting", "customer-facing", "business-critical", "not-sure"];
const TEAMS = Object.entries(teams);

/** Application `i`: a scenario team, its criticality and name varied, every fifth unsure of its hardening, every third with the first plan action done. */
function application(i: number): Assessment {
  const [team, base] = TEAMS[i % TEAMS.length] ?? ["statelessService", teams.statelessService];
  const answers: Record<string, Answers[string]> = {
    ...base,
    "scope.business-criticality": CRITICALITY[i % CRITICALITY.length] ?? "not-sure",
  };
  if (i % 5 === 0) answers["security.hardening"] = ["not-sure"];
  return {
    id: `app-${String(i).padStart(3, "0")}`,
    name: `${String(base["scope.pilot-name"] ?? team)} ${i + 1}`,
    createdAt: "2026-12-01T00:00:00Z",
    updatedAt: "2026-12-01T00:00:00Z",
    contentVersion: questionnaire.version,
    answers,
    decisions: i % 3 === 0 ? { "agree-goals-and-measures": { status: "done" } } : {},
  };
}

/** The same applications with new answer objects: what a first load evaluates. */
const fresh = (apps: readonly Assessment[]): Assessment[] => apps.map((app) => ({ ...app, answers: { ...app.answers } }));

function median(run: () => void): number {
  const times: number[] = [];
  run();
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

const lines = [
  `Portfolio: median of ${RUNS} runs after one warm-up, Node ${process.version}, ${questionnaire.questions.length} questions`,
  "",
  "| applications | portfolio view, cold | ranking | programme plan, cold | programme plan, warm | overview (all three), cold | programme actions | plan entries |",
  "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
];
for (const size of SIZES) {
  const apps = Array.from({ length: size }, (_, i) => application(i));
  const view = assessPortfolio(questionnaire, apps);
  const plan = programmePlan(questionnaire, apps, { name: "Bench" });
  const cells = [
    median(() => assessPortfolio(questionnaire, fresh(apps))),
    median(() => rankPilots(questionnaire, view)),
    median(() => programmePlan(questionnaire, fresh(apps), { name: "Bench" })),
    median(() => programmePlan(questionnaire, apps, { name: "Bench" })),
    median(() => portfolioOverview(questionnaire, fresh(apps), { name: "Bench" })),
  ];
  lines.push(
    `| ${size} | ${cells.map((ms) => ms.toFixed(1)).join(" | ")} | ${plan.programmeActions.length} | ${plan.plan.summary.total} |`,
  );
  if (view.rows.length !== size) throw new Error(`expected ${size} rows, got ${view.rows.length}`);
}
console.log(lines.join("\n"));
