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
import { DecidedRisks } from "./decided-risks";
import type { RiskDecisionActions } from "./risk-decision-panel";
import { RISK_ELEMENT_PREFIX } from "./risk-element-id";
import { useFocusRevealed, useRevealRisk, type Reveal } from "./use-reveal-risk";
import { useProgressiveCount } from "../ui/use-progressive-count";

interface ResultsBodyProps {
  view: AssessmentView;
  readOnly?: boolean;
  /** Shown between the summary and the readiness chart (the export bar). */
  afterSummary?: ReactNode;
  /** Deciding on risks: the team's own results only. */
  decisionActions?: RiskDecisionActions | undefined;
}

export function ResultsBody({ view, readOnly = false, afterSummary, decisionActions }: ResultsBodyProps) {
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
  // The summary first; readiness, the matrix and the register follow one per task, so no
  // single task renders the whole page (all at once when a link points at a risk).
  const stage = useProgressiveCount(3, { step: 1, all: reveal !== undefined, fragmentPrefix: RISK_ELEMENT_PREFIX });
  return (
    <>
      <ResultsSummary view={view} readOnly={readOnly} />
      {afterSummary}
      {stage >= 1 ? <ReadinessChart areas={view.areas} /> : null}
      {stage >= 2 ? (
        <RiskMatrix matrix={view.matrix} selected={filter.cell} onSelect={(cell) => changeFilter({ ...filter, cell })} />
      ) : null}
      {stage < 3 ? null : (
        <RiskRegister
          risks={view.openRisks}
          decisionActions={decisionActions}
          filter={filter}
          onFilterChange={changeFilter}
          notice={reveal ? `Filters cleared to show “${revealed?.title ?? reveal.riskId}”.` : undefined}
          areas={view.areas}
          readOnly={readOnly}
          {...(readOnly ? { actionHref: (id: string) => `#action-${id}` } : {})}
        />
      )}
      {stage < 3 ? null : (
        <DecidedRisks
          risks={view.settledRisks}
          lapsed={view.lapsedDecisions}
          readOnly={readOnly}
          decisionActions={decisionActions}
          {...(readOnly ? { actionHref: (id: string) => `#action-${id}` } : {})}
        />
      )}
    </>
  );
}
