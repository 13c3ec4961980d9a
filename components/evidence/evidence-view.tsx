"use client";
/**
 * Answers from the team's own files: read Dockerfiles, Compose files and manifests in the
 * browser, propose the answers they prove with the line that proves each, and apply what
 * the user accepts to the open assessment.
 */
import { AppLink } from "../ui/app-link";
import { useRef, useState } from "react";
import { nextAreaToAnswer, progressOf, type Assessment, type Questionnaire } from "@/lib/engine";
import { useAssessmentStore } from "@/lib/state/use-assessment-store";
import { AssessmentContext } from "../ui/assessment-context";
import { ContentGate } from "../ui/content-gate";
import { OpenAssessmentGate } from "../ui/open-assessment";
import { FileDrop } from "./file-drop";
import { ProposalList, type AppliedSummary } from "./proposal-list";
import { ReadFiles } from "./read-files";
import { useEvidence } from "./use-evidence";

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function AppliedNotice({ summary, nextHref }: { summary: AppliedSummary; nextHref: string }) {
  const parts = [
    summary.accepted > 0 ? `${plural(summary.accepted, "answer", "answers")} accepted from your files` : "",
    summary.changed > 0 ? `${plural(summary.changed, "answer", "answers")} given instead` : "",
    summary.rejected > 0 ? `${plural(summary.rejected, "proposal", "proposals")} rejected` : "",
  ].filter(Boolean);
  const nothing = summary.accepted + summary.changed === 0;
  return (
    <div className="notice">
      <h2>{nothing ? "Nothing was changed" : "Answers applied"}</h2>
      <p>{parts.length > 0 ? `${parts.join(", ")}.` : "There was nothing to apply."}</p>
      <div className="button-group">
        <AppLink className="button" href={nextHref}>
          Answer the rest
        </AppLink>
        <AppLink className="button button--secondary" href="/assess/review">
          Check your answers
        </AppLink>
      </div>
    </div>
  );
}

function Workspace({ questionnaire, assessment }: { questionnaire: Questionnaire; assessment: Assessment }) {
  const { files, reading, proposals, add, remove } = useEvidence(questionnaire.questions, assessment.answers);
  const acceptEvidence = useAssessmentStore((state) => state.acceptEvidence);
  const [applied, setApplied] = useState<AppliedSummary | null>(null);
  const notice = useRef<HTMLDivElement>(null);
  const next = nextAreaToAnswer(progressOf(questionnaire, assessment.answers));
  return (
    <>
      <AssessmentContext name={assessment.name} />
      <div role="status" aria-live="polite" tabIndex={-1} ref={notice}>
        {applied ? <AppliedNotice summary={applied} nextHref={next ? `/assess/${next}` : "/assess/review"} /> : null}
        {reading ? <p>Reading…</p> : null}
      </div>
      <FileDrop
        busy={reading}
        onFiles={async (entries) => {
          setApplied(null);
          await add(entries);
        }}
      />
      <ReadFiles files={files} onRemove={remove} />
      {files.some((file) => file.result.ok) ? (
        <ProposalList
          // A new reading starts its decisions afresh.
          key={files.map((file) => file.key).join(" ")}
          proposals={proposals}
          areas={questionnaire.areas}
          questions={questionnaire.questions}
          onApply={(accepted, summary) => {
            acceptEvidence(accepted);
            setApplied(summary);
            requestAnimationFrame(() => notice.current?.focus());
          }}
        />
      ) : null}
    </>
  );
}

export function EvidenceView() {
  return (
    <OpenAssessmentGate what="answers from your files">
      {(assessment) => (
        <ContentGate file="questionnaire">
          {(questionnaire) => <Workspace questionnaire={questionnaire} assessment={assessment} />}
        </ContentGate>
      )}
    </OpenAssessmentGate>
  );
}
