/**
 * Engine speed: the median time to evaluate a complete assessment (visibility, risks and
 * the plan) on the real content, and on a generated questionnaire ten times larger. The
 * larger should cost no more than about ten times as much (the engine is linear).
 */
import { performance } from "node:perf_hooks";
import { questionnaire } from "../../content/questionnaire";
import { teams } from "../../content/scenarios/teams";
import { type Answers, evaluate, type Questionnaire } from "@/lib/engine";
import { scaleAnswers, scaleQuestionnaire } from "./scale-questionnaire";

const RUNS = 2_000;
const WARM_UP = 200;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function measure(content: Questionnaire, answers: Answers, runs: number): { median: number; p95: number; risks: number; actions: number } {
  let last = evaluate(content, answers);
  for (let i = 0; i < WARM_UP; i += 1) last = evaluate(content, answers);
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    last = evaluate(content, answers);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    median: median(times),
    p95: times[Math.floor(times.length * 0.95)] ?? 0,
    risks: last.results.risks.length,
    actions: last.plan.summary.total,
  };
}

/** The engine table, as Markdown lines. */
export function engineFigures(): string[] {
  const large = scaleQuestionnaire(questionnaire, 10);
  const lines = [
    `Engine: evaluate (visibility + risks + plan), median of ${RUNS} runs after ${WARM_UP} warm-up runs, Node ${process.version}`,
    "",
    "| team | content | questions | risks raised | actions | median ms | p95 ms |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
  ];
  const ratios: number[] = [];
  let slowest = 0;
  for (const [name, answers] of Object.entries(teams)) {
    const real = measure(questionnaire, answers, RUNS);
    const ten = measure(large, scaleAnswers(answers, 10), RUNS / 4);
    ratios.push(ten.median / real.median);
    slowest = Math.max(slowest, real.median);
    lines.push(
      `| ${name} | real | ${questionnaire.questions.length} | ${real.risks} | ${real.actions} | ${real.median.toFixed(3)} | ${real.p95.toFixed(3)} |`,
      `| ${name} | ×10 | ${large.questions.length} | ${ten.risks} | ${ten.actions} | ${ten.median.toFixed(3)} | ${ten.p95.toFixed(3)} |`,
    );
  }
  lines.push(
    "",
    `Real content: slowest median ${slowest.toFixed(3)} ms (target < 1 ms). ×10 content costs ${Math.min(...ratios).toFixed(1)}–${Math.max(...ratios).toFixed(1)} times as much (target: about 10).`,
  );
  return lines;
}
