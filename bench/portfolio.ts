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
import { assessPortfolio, portfolioOverview, programmePlan, rankPilots, type Assessment } from "@/lib/engine";
import { application } from "./support/portfolio-apps";

const RUNS = 15;
const SIZES = [10, 50, 200];
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
