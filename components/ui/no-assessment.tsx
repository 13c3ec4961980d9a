"use client";
import { AppLink } from "./app-link";
import { useAssessmentStore } from "@/lib/state/use-assessment-store";

/**
 * What a page says when no assessment is open: how to get one, whether any are saved,
 * and why, if another tab deleted the one this tab had open.
 */
export function NoAssessment({ what }: { what: string }) {
  const removedElsewhere = useAssessmentStore((state) => state.removedElsewhere);
  const saved = useAssessmentStore((state) => Object.keys(state.assessments).length);
  return (
    <div className="notice">
      <h2>{saved > 0 ? "No assessment is open" : "You have not started an assessment"}</h2>
      {removedElsewhere !== null ? <p>“{removedElsewhere}” was deleted in another tab.</p> : null}
      <p>
        {saved > 0
          ? `Open one of the ${saved === 1 ? "assessment" : `${saved} assessments`} saved in this browser, or start a new one, to see its ${what}.`
          : `Give the assessment a name first, so your answers are saved under it; then you will see its ${what} here.`}
      </p>
      <div className="button-group">
        <AppLink className="button" href="/">
          Start an assessment
        </AppLink>
        {saved > 0 ? <AppLink href="/assessments">Saved assessments</AppLink> : null}
      </div>
    </div>
  );
}
