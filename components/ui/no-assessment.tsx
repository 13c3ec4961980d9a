"use client";
import Link from "next/link";
import { useAssessmentStore } from "@/lib/state/store-provider";

/** What a page says when no assessment is open: how to get one (and why, if another tab deleted it). */
export function NoAssessment({ what }: { what: string }) {
  const removedElsewhere = useAssessmentStore((state) => state.removedElsewhere);
  return (
    <div className="notice">
      <h2>No assessment is open</h2>
      {removedElsewhere !== null ? <p>“{removedElsewhere}” was deleted in another tab.</p> : null}
      <p>Start an assessment, or open one saved in this browser, to see its {what}.</p>
      <div className="button-group">
        <Link className="button" href="/">
          Start an assessment
        </Link>
        <Link href="/assessments">Saved assessments</Link>
      </div>
    </div>
  );
}
