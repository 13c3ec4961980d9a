"use client";
/**
 * The one gate for "which assessment is open": while saved state is read it holds the
 * space (so the page does not flash "empty"), with none open it says how to get one, and
 * otherwise it renders the page for the open assessment.
 */
import { useDeferredValue, type ReactNode } from "react";
import type { Assessment } from "@/lib/engine";
import { selectHydrated, selectOpenAssessment } from "@/lib/state/selectors";
import { useAssessmentStore } from "@/lib/state/use-assessment-store";
import { NoAssessment } from "./no-assessment";

export type OpenAssessment = { state: "loading" } | { state: "none" } | { state: "open"; assessment: Assessment };

/**
 * True once saved state has been read; until then pages hold their space. Deferred: the
 * first render with the assessment (a whole step's form, a plan) happens in a background,
 * interruptible pass rather than in the one task that reads storage, so a phone's main
 * thread is never blocked for long. Later changes are not deferred: this flips only once.
 * `urgent` skips that for a page whose largest text arrives with the assessment (a step's
 * questions), which should paint as soon as it can.
 */
export function useStoreReady(urgent = false): boolean {
  const hydrated = useAssessmentStore(selectHydrated);
  const deferred = useDeferredValue(hydrated, false);
  return urgent ? hydrated : deferred;
}

export function useOpenAssessment(urgent = false): OpenAssessment {
  const hydrated = useStoreReady(urgent);
  const assessment = useAssessmentStore(selectOpenAssessment);
  if (!hydrated) return { state: "loading" };
  return assessment ? { state: "open", assessment } : { state: "none" };
}

/** Holds the space of a page part until saved state has been read. */
export function Placeholder() {
  return <div className="step-placeholder" aria-busy="true" />;
}

interface OpenAssessmentGateProps {
  /** What the page shows, for the notice: "results", "plan", … */
  what: string;
  children: (assessment: Assessment) => ReactNode;
  /** Shown above the placeholder and the notice, on pages whose heading comes with the assessment. */
  fallbackHeading?: ReactNode;
  /** Render the assessment's page at once, not in a background pass (see useStoreReady). */
  urgent?: boolean;
}

export function OpenAssessmentGate({ what, children, fallbackHeading, urgent = false }: OpenAssessmentGateProps) {
  const open = useOpenAssessment(urgent);
  if (open.state === "loading")
    return (
      <>
        {fallbackHeading}
        <Placeholder />
      </>
    );
  if (open.state === "none")
    return (
      <>
        {fallbackHeading}
        <NoAssessment what={what} />
      </>
    );
  return <>{children(open.assessment)}</>;
}
