"use client";
/**
 * Summary, readiness, matrix and register from one finished view. Used for the team's own
 * results and, read-only (no links to change answers), for a shared assessment.
 */
import { useCallback, useState, type ReactNode } from "react";
import type { AssessmentView, RiskFilter } from "@/lib/engine";
import { ReadinessChart } from "./readiness-chart";
import { ResultsSummary } from "./results-summary";
import { RiskMatrix } from "./risk-matrix";
import { RiskRegister } from "./risk-register";
import { useFocusRevealed, useRevealRisk, type Reveal } from "./use-reveal-risk";

interface ResultsBodyProps {
  view: AssessmentView;
  readOnly?: boolean;
  /** Shown between the summary and the readiness chart (the export bar). */
  afterSummary?: ReactNode;
}

export function ResultsBody({ view, readOnly = false, afterSummary }: ResultsBodyProps) {
  const [filter, setFilter] = useState<RiskFilter>({});
  const [reveal, setReveal] = useState<Reveal>();
  const changeFilter = (next: RiskFilter) => {
    setFilter(next);
    setReveal(undefined);
  };
  const onReveal = useCallback((next: Reveal) => {
    setFilter({});
    setReveal(next);
  }, []);
  useRevealRisk(view.risks, filter, onReveal);
  useFocusRevealed(reveal);
  const revealed = reveal ? view.risks.find((risk) => risk.id === reveal.riskId) : undefined;
  return (
    <>
      <ResultsSummary view={view} readOnly={readOnly} />
      {afterSummary}
      <ReadinessChart areas={view.areas} />
      <RiskMatrix matrix={view.matrix} selected={filter.cell} onSelect={(cell) => changeFilter({ ...filter, cell })} />
      <RiskRegister
        risks={view.risks}
        filter={filter}
        onFilterChange={changeFilter}
        notice={reveal ? `Filters cleared to show “${revealed?.title ?? reveal.riskId}”.` : undefined}
        areas={view.areas}
        readOnly={readOnly}
        {...(readOnly ? { actionHref: (id: string) => `#action-${id}` } : {})}
      />
    </>
  );
}
