"use client";
/** One proposed answer: the question, what the files say and where, the team's answer beside it, and the choice. */
import { answerText, type AnswerValue, type Proposal, type Question } from "@/lib/engine";
import type { ProposalChoice } from "./proposal-choice";

interface ProposalCardProps {
  proposal: Proposal;
  question: Question;
  choice: ProposalChoice;
  onChoice: (choice: ProposalChoice) => void;
}

function ChangeInputs({
  question,
  value,
  onChange,
}: {
  question: Question;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue | undefined) => void;
}) {
  if (question.kind !== "single" && question.kind !== "multi") return null;
  const base = `proposal-${question.id}-own`;
  const chosen = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
  return (
    <fieldset className="proposal__own">
      <legend className="label">Your answer instead</legend>
      <div className="choices">
        {question.options.map((option, index) => (
          <div className="choice" key={option.id}>
            <input
              id={`${base}-${index}`}
              type={question.kind === "multi" ? "checkbox" : "radio"}
              name={base}
              value={option.id}
              checked={chosen.includes(option.id)}
              onChange={(event) => {
                if (question.kind === "single") onChange(option.id);
                else {
                  const next = event.target.checked ? [...chosen, option.id] : chosen.filter((id) => id !== option.id);
                  onChange(next.length > 0 ? next : undefined);
                }
              }}
            />
            <label htmlFor={`${base}-${index}`}>{option.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

export function ProposalCard({ proposal, question, choice, onChoice }: ProposalCardProps) {
  const id = `proposal-${question.id}`;
  const proposed = answerText(question, proposal.value);
  const current = proposal.current === undefined ? undefined : answerText(question, proposal.current);
  const options: { kind: ProposalChoice["kind"]; label: string }[] = [
    { kind: "accept", label: proposal.standing === "differs" ? `Accept “${proposed}”, replacing your answer` : `Accept “${proposed}”` },
    { kind: "reject", label: current === undefined ? "Reject: leave the question for the team" : "Reject: keep your answer" },
    { kind: "change", label: "Change it: give another answer" },
  ];
  return (
    <fieldset className={`proposal proposal--${proposal.standing}`} aria-describedby={`${id}-evidence`}>
      <legend className="proposal__question">{question.prompt}</legend>
      <p className="proposal__answer">
        Your files say: <strong>{proposed}</strong>
      </p>
      <div id={`${id}-evidence`}>
        <ul className="proposal__evidence">
          {proposal.evidence.map((source) => (
            <li key={`${source.file}-${source.line}`}>
              <code>{source.text}</code> — {source.file}, line {source.line}
            </li>
          ))}
        </ul>
        <p className="hint">{proposal.reasons.join(" ")}</p>
        {current === undefined ? null : proposal.standing === "same" ? (
          <p className="proposal__current">
            Your answer is the same: <strong>{current}</strong>. Accepting records where it comes from.
          </p>
        ) : (
          <p className="proposal__current proposal__current--differs">
            <strong>Your answer differs:</strong> {current}
          </p>
        )}
      </div>
      <div className="choices">
        {options.map((option) => (
          <div className="choice" key={option.kind}>
            <input
              id={`${id}-${option.kind}`}
              type="radio"
              name={`${id}-decision`}
              value={option.kind}
              checked={choice.kind === option.kind}
              onChange={() =>
                onChoice(option.kind === "change" ? { kind: "change", value: proposal.current ?? proposal.value } : { kind: option.kind })
              }
            />
            <label htmlFor={`${id}-${option.kind}`}>{option.label}</label>
          </div>
        ))}
      </div>
      {choice.kind === "change" ? (
        <ChangeInputs question={question} value={choice.value} onChange={(value) => onChoice({ kind: "change", value })} />
      ) : null}
    </fieldset>
  );
}
