import Link from "next/link";

/** What a page says when no assessment is open: how to get one. */
export function NoAssessment({ what }: { what: string }) {
  return (
    <div className="notice">
      <h2>No assessment is open</h2>
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
