"use client";
/**
 * Where the programme answers something its applications do not yet: per question, the
 * applications still holding what they inherited (offered the change, each can be left
 * out) and those with an answer of their own (kept, and named). Nothing is applied until
 * the user says so.
 */
import { useState } from "react";
import {
  answerText,
  programmeChange,
  type Assessment,
  type Programme,
  type ProgrammeChange,
  type Question,
  type Questionnaire,
} from "@/lib/engine";

export interface PendingChange {
  question: Question;
  change: ProgrammeChange;
  /** Applications behind the programme on this question. */
  behind: ProgrammeChange["follows"];
}

/** Programme questions on which some member application is behind the programme. */
export function pendingChanges(questionnaire: Questionnaire, programme: Programme, applications: readonly Assessment[]): PendingChange[] {
  return questionnaire.questions.flatMap((question) => {
    const change = programmeChange(questionnaire, programme, question.id, programme.answers[question.id], applications);
    const behind = change?.follows.filter((entry) => entry.state === "behind") ?? [];
    return change && behind.length > 0 ? [{ question, change, behind }] : [];
  });
}

function ChangeItem({ pending, onApply }: { pending: PendingChange; onApply: (questionId: string, ids: string[]) => void }) {
  const { question, change, behind } = pending;
  const [chosen, setChosen] = useState<string[]>(behind.map((entry) => entry.assessmentId));
  const idFor = (assessmentId: string) => `pass-on-${question.id}-${assessmentId}`;
  return (
    <li className="pass-on">
      <fieldset>
        <legend>
          “{question.prompt}”: the programme now answers <strong>{answerText(question, change.to)}</strong>
        </legend>
        <p className="hint">Applications still holding the answer they took from the programme. Untick any that should keep it.</p>
        <div className="choices">
          {behind.map((entry) => (
            <div className="choice" key={entry.assessmentId}>
              <input
                type="checkbox"
                id={idFor(entry.assessmentId)}
                checked={chosen.includes(entry.assessmentId)}
                onChange={(event) =>
                  setChosen((previous) =>
                    event.target.checked ? [...previous, entry.assessmentId] : previous.filter((id) => id !== entry.assessmentId),
                  )
                }
              />
              <label htmlFor={idFor(entry.assessmentId)}>
                {entry.name} <span className="hint-inline">(now “{answerText(question, entry.answer)}”)</span>
              </label>
            </div>
          ))}
        </div>
        {change.keeps.length > 0 ? (
          <p>
            Keeping their own answer: {change.keeps.map((entry) => `${entry.name} (“${answerText(question, entry.answer)}”)`).join(", ")}.
          </p>
        ) : null}
        <button type="button" className="button" disabled={chosen.length === 0} onClick={() => onApply(question.id, chosen)}>
          Apply to {chosen.length === 1 ? "1 application" : `${chosen.length} applications`}
          <span className="visually-hidden"> (“{question.prompt}”)</span>
        </button>
      </fieldset>
    </li>
  );
}

export function PassOnChanges({
  pending,
  onApply,
}: {
  pending: readonly PendingChange[];
  onApply: (questionId: string, ids: string[]) => void;
}) {
  if (pending.length === 0) return null;
  return (
    <section aria-labelledby="pass-on-title" className="panel" id="pass-on">
      <h3 id="pass-on-title">Programme answers to pass on ({pending.length})</h3>
      <ul className="plain-list">
        {pending.map((entry) => (
          <ChangeItem key={`${entry.question.id}:${entry.behind.map((b) => b.assessmentId).join(",")}`} pending={entry} onApply={onApply} />
        ))}
      </ul>
    </section>
  );
}
