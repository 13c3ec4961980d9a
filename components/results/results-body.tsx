"use client";
/**
 * Summary, readiness, matrix and register from one evaluation. Used for the team's own
 * results and, read-only (no links to change answers), for a shared assessment.
 */
import { useCallback, useMemo, useState, type ReactNode } from "react";
import type { Assessment } from "@/lib/engine/assessment";
import { indexContent, titleOf } from "@/lib/engine/content-index";
import type { Evaluation } from "@/lib/engine/evaluation";
import type { Questionnaire } from "@/lib/engine/questionnaire";
import type { RiskFilter } from "@/lib/engine/risk-filter";
import { ReadinessChart } from "./readiness-chart";
import { ResultsSummary } from "./results-summary";
import { RiskMatrix } from "./risk-matrix";
import { RiskRegister } from "./risk-register";
import { useFocusRevealed, useRevealRisk, type Reveal } from "./use-reveal-risk";

interface ResultsBodyProps {
  questionnaire: Questionnaire;
  assessment: Assessment;
  evaluation: Evaluation;
  readOnly?: boolean;
  /** Shown between the summary and the readiness chart (the export bar). */
  afterSummary?: ReactNode;
}

export function ResultsBody({ questionnaire, assessment, evaluation, readOnly = false, afterSummary }: ResultsBodyProps) {
  const index = useMemo(() => indexContent(questionnaire), [questionnaire]);
  const [filter, setFilter] = useState<RiskFilter>({});
  const [reveal, setReveal] = useState<Reveal>();
  const { results, plan } = evaluation;
  const changeFilter = (next: RiskFilter) => {
    setFilter(next);
    setReveal(undefined);
  };
  const onReveal = useCallback((next: Reveal) => {
    setFilter({});
    setReveal(next);
  }, []);
  useRevealRisk(results.risks, filter, onReveal);
  useFocusRevealed(reveal);
  return (
    <>
      <ResultsSummary assessment={assessment} results={results} index={index} readOnly={readOnly} />
      {afterSummary}
      <ReadinessChart readiness={results.readiness} index={index} />
      <RiskMatrix
        matrix={results.matrix}
        index={index}
        selected={filter.cell}
        onSelect={(cell) => changeFilter({ ...filter, cell })}
      />
      <RiskRegister
        risks={results.risks}
        plan={plan}
        index={index}
        visible={new Set(results.visibility.visible)}
        filter={filter}
        onFilterChange={changeFilter}
        notice={reveal ? `Filters cleared to show “${titleOf(index.risk, reveal.riskId)}”.` : undefined}
        areas={questionnaire.areas}
        readOnly={readOnly}
        {...(readOnly ? { actionHref: (id: string) => `#action-${id}` } : {})}
      />
    </>
  );
}
