"use client";
/**
 * A shared result link: decodes the assessment from the URL fragment (it never reaches a
 * server), then shows its results and plan read-only, or says what is wrong with the link.
 */
import { todayHere } from "../ui/today";
import { useDeferredValue, useEffect, useMemo, useSyncExternalStore } from "react";
import { admitLink, assess, type AdmittedLink, type Assessment, type Codebook, type IdHistory, type Questionnaire } from "@/lib/engine";
import { PlanBody } from "../plan";
import { ContentGate } from "../ui/content-gate";
import { focusTarget, inPageTarget, isPlainClick } from "../ui/focus-target";
import { ResultsBody } from "../results";
import { linkDay } from "../ui/format-date";
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
 * The fragment holds the assessment, so an in-page link ("#risk-…", "#action-…") must
 * never replace it: it scrolls to its target and moves focus there instead. A link whose
 * target is not on screen (a risk the register's filters hide) still leaves the address
 * alone; the register reveals and focuses that risk itself (see useRevealRisk).
 */
function useInPageLinksKeepFragment(): void {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (!isPlainClick(event)) return;
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      const id = link ? inPageTarget(link, window.location) : undefined;
      if (id === undefined) return;
      event.preventDefault();
      const target = document.getElementById(id);
      if (target) focusTarget(target);
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

function SharedLink({ questionnaire, codebooks, history }: SharedViewProps) {
  // Deferred: decoding, assessing and rendering a whole shared assessment happens in a
  // background, interruptible pass, not in the task that first reads the address.
  const hash = useDeferredValue(useSyncExternalStore(subscribeToHash, readHash, noHashOnServer));
  useInPageLinksKeepFragment();
  const decoded: AdmittedLink | undefined = useMemo(
    () => (hash === undefined ? undefined : admitLink(hash, { codebooks, history, questionnaire })),
    [hash, codebooks, history, questionnaire],
  );

  const view = useMemo(() => {
    if (!decoded?.ok) return undefined;
    const shared = decoded.assessment;
    // A link keeps only the day it was last changed: shown as that day, in any time zone.
    const day = linkDay(shared.updatedAt);
    const assessment: Assessment = { id: "shared", ...shared, createdAt: day, updatedAt: day };
    // Judged against the reader's day: an acceptance shared before its review day may be due now.
    return assess(questionnaire, assessment, { today: todayHere() });
  }, [decoded, questionnaire]);

  if (!decoded) return <div className="step-placeholder" aria-busy="true" />;
  if (!decoded.ok) return <LinkError kind={decoded.error} detail={decoded.detail} />;
  if (!view) return null;
  return (
    <>
      <SharedBanner shared={decoded.assessment} unmapped={decoded.unmapped} upgradedFrom={decoded.upgradedFrom} />
      <ResultsBody view={view} readOnly />
      <h2 className="shared-plan-title">Adoption plan</h2>
      <PlanBody plan={view.plan} roles={questionnaire.roles} phases={questionnaire.phases} />
    </>
  );
}

export function SharedView({ history }: Pick<SharedViewProps, "history">) {
  return (
    <ContentGate file="questionnaire">
      {(questionnaire) => (
        <ContentGate file="codebooks">
          {(codebooks) => <SharedLink questionnaire={questionnaire} codebooks={codebooks} history={history} />}
        </ContentGate>
      )}
    </ContentGate>
  );
}
