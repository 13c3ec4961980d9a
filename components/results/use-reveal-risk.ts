"use client";
/**
 * A link to a register entry that the filters hide (from the summary, or from the plan on
 * a shared page) clears the filters, says so, and moves focus to the entry, instead of
 * going nowhere. On a shared page it also must not touch the address: the address holds
 * the assessment.
 */
import { useEffect } from "react";
import { filterRisks, type RaisedRisk, type RiskFilter } from "@/lib/engine";
import { focusTarget, inPageTarget, isPlainClick } from "../ui/focus-target";
import { RISK_ELEMENT_PREFIX, riskElementId } from "./risk-element-id";

/** Each reveal is a new object, so revealing the same risk again moves focus again. */
export interface Reveal {
  riskId: string;
}

export function useRevealRisk(risks: readonly RaisedRisk[], filter: RiskFilter, onReveal: (reveal: Reveal) => void): void {
  useEffect(() => {
    // Bubble phase: the shared page's own handler (capture) has already kept the address.
    const onClick = (event: MouseEvent) => {
      if (!isPlainClick(event)) return;
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      const target = link ? inPageTarget(link, window.location) : undefined;
      if (!target?.startsWith(RISK_ELEMENT_PREFIX)) return;
      const risk = risks.find((candidate) => riskElementId(candidate.id) === target);
      if (!risk || filterRisks([risk], filter).length > 0) return;
      event.preventDefault();
      onReveal({ riskId: risk.id });
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [risks, filter, onReveal]);
}

/** After the entry is back on screen, focus it. */
export function useFocusRevealed(reveal: Reveal | undefined): void {
  useEffect(() => {
    if (!reveal) return;
    const element = document.getElementById(riskElementId(reveal.riskId));
    if (element) focusTarget(element);
  }, [reveal]);
}
