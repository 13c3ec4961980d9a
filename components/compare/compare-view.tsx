"use client";
/**
 * Compare two assessments (saved ones or pasted result links), for example the same team
 * a quarter apart. Nothing here changes what is saved.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { compare as compareAssessments, oldestFirst, type ComparisonView, type SharedAssessment } from "@/lib/engine";
import { useAssessmentStore } from "@/lib/state/use-assessment-store";
import { ErrorSummary, type FieldError } from "../ui/error-summary";
import { useErrorTitle } from "../ui/use-error-title";
import { resolveSource, type LinkContext, type SourceChoice } from "./compare-source";
import { ComparisonReport } from "./comparison-report";
import { SourceFieldset } from "./source-fieldset";
import { ContentGate } from "../ui/content-gate";
import { Placeholder, useStoreReady } from "../ui/open-assessment";

const EMPTY: SourceChoice = { saved: "", link: "" };

interface Compared {
  before: SharedAssessment;
  after: SharedAssessment;
  comparison: ComparisonView;
}

function CompareForm(context: LinkContext) {
  const { questionnaire } = context;
  const hydrated = useStoreReady();
  const assessments = useAssessmentStore((state) => state.assessments);
  const saved = useMemo(() => Object.values(assessments).sort(oldestFirst), [assessments]);
  const [then, setThen] = useState<SourceChoice>(EMPTY);
  const [now, setNow] = useState<SourceChoice>(EMPTY);
  const [errors, setErrors] = useState<{ then?: string; now?: string }>({});
  const [attempt, setAttempt] = useState(0);
  const [compared, setCompared] = useState<Compared>();
  const resultHeading = useRef<HTMLHeadingElement>(null);

  // Each comparison is a new object: focus its heading, so the result is read out and
  // keyboard users continue from it (errors take focus through the error summary instead).
  useEffect(() => {
    if (compared) resultHeading.current?.focus();
  }, [compared]);

  const summary: FieldError[] = [
    ...(errors.then ? [{ href: "compare-then-saved", message: `Earlier assessment: ${errors.then}` }] : []),
    ...(errors.now ? [{ href: "compare-now-saved", message: `Later assessment: ${errors.now}` }] : []),
  ];
  useErrorTitle(summary.length > 0);

  const compare = () => {
    const before = resolveSource(then, assessments, context);
    const after = resolveSource(now, assessments, context);
    if (!before.ok || !after.ok) {
      setErrors({ ...(before.ok ? {} : { then: before.error }), ...(after.ok ? {} : { now: after.error }) });
      setAttempt((n) => n + 1);
      setCompared(undefined);
      return;
    }
    setErrors({});
    setCompared({
      before: before.assessment,
      after: after.assessment,
      comparison: compareAssessments(questionnaire, before.assessment, after.assessment),
    });
  };

  if (!hydrated) return <Placeholder />;
  return (
    <>
      <form
        noValidate
        className="screen-only"
        onSubmit={(event) => {
          event.preventDefault();
          compare();
        }}
      >
        <ErrorSummary errors={summary} attempt={attempt} />
        <div className="compare-sources">
          <SourceFieldset
            id="compare-then"
            legend="Earlier assessment (then)"
            choice={then}
            onChange={setThen}
            saved={saved}
            error={errors.then}
          />
          <SourceFieldset
            id="compare-now"
            legend="Later assessment (now)"
            choice={now}
            onChange={setNow}
            saved={saved}
            error={errors.now}
          />
        </div>
        <div className="button-group">
          <button type="submit" className="button">
            Compare
          </button>
          {compared ? (
            <button type="button" className="button button--secondary" onClick={() => window.print()}>
              Print / Save as PDF
            </button>
          ) : null}
        </div>
      </form>
      {compared ? <ComparisonReport {...compared} headingRef={resultHeading} /> : null}
    </>
  );
}

export function CompareView({ history }: Pick<LinkContext, "history">) {
  return (
    <ContentGate file="questionnaire">
      {(questionnaire) => (
        <ContentGate file="codebooks">
          {(codebooks) => <CompareForm questionnaire={questionnaire} codebooks={codebooks} history={history} />}
        </ContentGate>
      )}
    </ContentGate>
  );
}
