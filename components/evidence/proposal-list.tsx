"use client";
/**
 * Every proposed answer, grouped by area, each accepted, rejected or changed; then one
 * button applies the decisions. Nothing reaches the assessment before that button, and an
 * answer the team already gave is replaced only when the user accepts a proposal shown
 * beside it.
 */
import { useMemo, useState } from "react";
import { citationOf, type Area, type Proposal, type Question } from "@/lib/engine";
import type { AcceptedAnswer } from "@/lib/state/assessment-store-types";
import { defaultChoice, type ProposalChoice } from "./proposal-choice";
import { ProposalCard } from "./proposal-card";

export interface AppliedSummary {
  accepted: number;
  changed: number;
  rejected: number;
}

interface ProposalListProps {
  proposals: readonly Proposal[];
  areas: readonly Pick<Area, "id" | "title">[];
  questions: readonly Question[];
  onApply: (accepted: AcceptedAnswer[], summary: AppliedSummary) => void;
}

export function ProposalList({ proposals, areas, questions, onApply }: ProposalListProps) {
  const [choices, setChoices] = useState<Record<string, ProposalChoice>>({});
  const byId = useMemo(() => new Map(questions.map((question) => [question.id, question])), [questions]);
  const choiceOf = (proposal: Proposal): ProposalChoice => choices[proposal.question] ?? defaultChoice(proposal);
  const setAll = (kind: "accept" | "reject") =>
    setChoices(Object.fromEntries(proposals.map((proposal) => [proposal.question, { kind } satisfies ProposalChoice])));

  if (proposals.length === 0) {
    return (
      <section aria-labelledby="proposals-title" className="results-section">
        <h2 id="proposals-title">Proposed answers</h2>
        <p>
          The files read so far settle none of the questions. Nothing was changed. Try adding the Dockerfile together with the Compose file
          or the manifests that deploy it: each decides things the other cannot.
        </p>
      </section>
    );
  }

  const apply = () => {
    const accepted: AcceptedAnswer[] = [];
    const summary: AppliedSummary = { accepted: 0, changed: 0, rejected: 0 };
    for (const proposal of proposals) {
      const choice = choiceOf(proposal);
      if (choice.kind === "accept") {
        accepted.push({ question: proposal.question, value: proposal.value, evidence: citationOf(proposal.evidence) });
        summary.accepted += 1;
      } else if (choice.kind === "change" && choice.value !== undefined) {
        accepted.push({ question: proposal.question, value: choice.value, evidence: "" });
        summary.changed += 1;
      } else summary.rejected += 1;
    }
    onApply(accepted, summary);
  };

  const differing = proposals.filter((proposal) => proposal.standing === "differs").length;
  const grouped = areas
    .map((area) => ({ area, items: proposals.filter((proposal) => proposal.area === area.id) }))
    .filter((group) => group.items.length > 0);
  const chosen = proposals.filter((proposal) => choiceOf(proposal).kind !== "reject").length;

  return (
    <section aria-labelledby="proposals-title" className="results-section">
      <h2 id="proposals-title">Proposed answers</h2>
      <p>
        Your files answer {proposals.length} question{proposals.length === 1 ? "" : "s"}. Check each one against its line: accept it, reject
        it, or give another answer. Nothing changes until you apply.
        {differing > 0
          ? ` ${differing} differ${differing === 1 ? "s" : ""} from an answer you already gave: yours is kept unless you accept the proposal.`
          : ""}
      </p>
      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={() => setAll("accept")}>
          Accept all
        </button>
        <button type="button" className="button button--secondary" onClick={() => setAll("reject")}>
          Reject all
        </button>
      </div>
      {grouped.map(({ area, items }) => (
        <section key={area.id} aria-labelledby={`evidence-area-${area.id}`} className="proposal-area">
          <h3 id={`evidence-area-${area.id}`}>{area.title}</h3>
          {items.map((proposal) => {
            const question = byId.get(proposal.question);
            return question ? (
              <ProposalCard
                key={proposal.question}
                proposal={proposal}
                question={question}
                choice={choiceOf(proposal)}
                onChoice={(choice) => setChoices((previous) => ({ ...previous, [proposal.question]: choice }))}
              />
            ) : null;
          })}
        </section>
      ))}
      <div className="button-group">
        <button type="button" className="button" onClick={apply}>
          {chosen === 0 ? "Apply: change nothing" : `Apply ${chosen} answer${chosen === 1 ? "" : "s"}`}
        </button>
      </div>
    </section>
  );
}
