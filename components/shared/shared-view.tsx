"use client";
/**
 * A shared result link: decodes the assessment from the URL fragment (it never reaches a
 * server), then shows its results and plan read-only, or says what is wrong with the link.
 */
import { useEffect, useMemo, useSyncExternalStore } from "react";
import type { Assessment } from "@/lib/engine/assessment";
import { indexContent } from "@/lib/engine/content-index";
import { evaluate } from "@/lib/engine/evaluation";
import type { Questionnaire } from "@/lib/engine/questionnaire";
import type { Codebook } from "@/lib/engine/share/codebook";
import { decodeLink, type DecodedLink } from "@/lib/engine/share/decode-link";
import type { IdHistory } from "@/lib/engine/share/id-history";
import { PlanBody } from "../plan/plan-body";
import { ResultsBody } from "../results/results-body";
import { LinkError } from "./link-error";
import { SharedBanner } from "./shared-banner";

function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}
const readHash = (): string => window.location.hash;
/** The fragment never reaches the server, so the prerendered page shows a placeholder. */
const noHashOnServer = (): undefined => undefined;

/**
 * The fragment holds the assessment, so an in-page link ("#risk-…", "#action-…") must not
 * replace it: it scrolls to its target and moves focus there instead.
 */
function useInPageLinksKeepFragment(): void {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest("a[href^='#']") : null;
      const target = link ? document.getElementById(link.getAttribute("href")?.slice(1) ?? "") : null;
      if (!target) return;
      event.preventDefault();
      if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
      target.focus({ preventScroll: true });
      target.scrollIntoView();
    };
    document.addEventListener("click", onClick, true);
    return () => document.removeEventListener("click", onClick, true);
  }, []);
}

interface SharedViewProps {
  questionnaire: Questionnaire;
  codebooks: readonly Codebook[];
  history: IdHistory;
}

export function SharedView({ questionnaire, codebooks, history }: SharedViewProps) {
  const hash = useSyncExternalStore(subscribeToHash, readHash, noHashOnServer);
  useInPageLinksKeepFragment();
  const index = useMemo(() => indexContent(questionnaire), [questionnaire]);
  const decoded: DecodedLink | undefined = useMemo(
    () => (hash === undefined ? undefined : decodeLink(hash, codebooks, history, questionnaire)),
    [hash, codebooks, history, questionnaire],
  );

  const view = useMemo(() => {
    if (!decoded?.ok) return undefined;
    const shared = decoded.assessment;
    const assessment: Assessment = { id: "shared", createdAt: shared.updatedAt, ...shared };
    return { assessment, evaluation: evaluate(questionnaire, shared.answers) };
  }, [decoded, questionnaire]);

  if (!decoded) return <div className="step-placeholder" aria-busy="true" />;
  if (!decoded.ok) return <LinkError kind={decoded.error} detail={decoded.detail} />;
  if (!view) return null;
  return (
    <>
      <SharedBanner shared={decoded.assessment} unmapped={decoded.unmapped} contentVersion={questionnaire.version} />
      <ResultsBody questionnaire={questionnaire} assessment={view.assessment} evaluation={view.evaluation} readOnly />
      <h2 className="shared-plan-title">Adoption plan</h2>
      <PlanBody questionnaire={questionnaire} assessment={view.assessment} plan={view.evaluation.plan} index={index} />
    </>
  );
}
