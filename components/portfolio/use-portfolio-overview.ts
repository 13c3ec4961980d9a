"use client";
/**
 * The portfolio's overview, assessed a few applications per task: fifty applications are
 * about a tenth of a second of evaluation on a laptop and four times that on a phone, which
 * in one task would freeze the page. On the first visit the page says how far it has got;
 * after a change, the last overview stays until the new one is complete.
 */
import { useEffect, useState } from "react";
import {
  assessedPortfolio,
  overviewFrom,
  type AssessedApplication,
  type Assessment,
  type PortfolioOverview,
  type Programme,
  type Questionnaire,
} from "@/lib/engine";

/** Work per task before yielding: well under the 50 ms that counts as blocking. */
const SLICE_MS = 25;

export type OverviewProgress = { state: "assessing"; done: number; total: number } | { state: "ready"; overview: PortfolioOverview };

export function usePortfolioOverview(
  questionnaire: Questionnaire,
  assessments: readonly Assessment[],
  programme: Programme | undefined,
  today: string,
): OverviewProgress {
  const [progress, setProgress] = useState<OverviewProgress>({ state: "assessing", done: 0, total: assessments.length });
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done: AssessedApplication[] = [];
    let next = 0;
    const step = () => {
      if (cancelled) return;
      const start = performance.now();
      while (next < assessments.length && performance.now() - start < SLICE_MS) {
        const assessment = assessments[next];
        next += 1;
        if (assessment) done.push(...assessedPortfolio(questionnaire, [assessment], { today }));
      }
      if (next < assessments.length) {
        // Once there is an overview, it stays on screen until the new one is ready: no flash of a half-filled table.
        setProgress((previous) =>
          previous.state === "ready" ? previous : { state: "assessing", done: done.length, total: assessments.length },
        );
        timer = setTimeout(step, 0);
      } else {
        setProgress({ state: "ready", overview: overviewFrom(questionnaire, done, programme ? { programme } : {}) });
      }
    };
    timer = setTimeout(step, 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [questionnaire, assessments, programme, today]);
  return progress;
}
