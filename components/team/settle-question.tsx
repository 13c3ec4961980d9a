"use client";
/**
 * One question the team answered differently: who said what (by role), what each answer
 * raises, and the facilitator's settlement, defaulting to the most cautious answer with
 * the majority named beside it. Unknowns are listed as unknowns, never as votes.
 */
import type { AnswerValue, QuestionComparison } from "@/lib/engine";
import { BandTag } from "../ui/band-tag";

const keyOf = (value: AnswerValue | null): string => JSON.stringify(value);

interface SettleQuestionProps {
  comparison: QuestionComparison;
  settled: AnswerValue | null | undefined;
  note: string;
  onSettle: (value: AnswerValue | null) => void;
  onNote: (note: string) => void;
}

export function SettleQuestion({ comparison, settled, note, onSettle, onNote }: SettleQuestionProps) {
  const id = `settle-${comparison.question.replaceAll(".", "--")}`;
  const chosen = settled === undefined ? (comparison.cautious ?? null) : settled;
  const majorityKey = comparison.majority === undefined ? undefined : keyOf(comparison.majority);
  const cautiousKey = comparison.cautious === undefined ? undefined : keyOf(comparison.cautious);
  return (
    <fieldset className="settle" id={id}>
      <legend className="proposal__question">{comparison.prompt}</legend>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">What each member of the team answered to “{comparison.prompt}”</caption>
          <thead>
            <tr>
              <th scope="col">Answer</th>
              <th scope="col">Who</th>
              <th scope="col">What it raises here</th>
            </tr>
          </thead>
          <tbody>
            {comparison.groups.map((group) => (
              <tr key={keyOf(group.value)}>
                <th scope="row">{group.text}</th>
                <td>{group.voices.map((voice) => voice.label).join(", ")}</td>
                <td>
                  {group.band ? (
                    <>
                      <BandTag band={group.band} /> {group.risks.join("; ")}
                    </>
                  ) : (
                    "No risk"
                  )}
                </td>
              </tr>
            ))}
            {comparison.unknown.length > 0 ? (
              <tr>
                <th scope="row">Not sure (an unknown, not a vote)</th>
                <td>{comparison.unknown.map((voice) => voice.label).join(", ")}</td>
                <td>A task to find out</td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <fieldset className="proposal__own">
        <legend className="label">The team’s answer</legend>
        <div className="choices">
          {comparison.groups.map((group, index) => {
            const key = keyOf(group.value);
            const marks = [key === cautiousKey ? "the most cautious" : "", key === majorityKey ? "the majority" : ""].filter(Boolean);
            return (
              <div className="choice" key={key}>
                <input
                  id={`${id}-${index}`}
                  type="radio"
                  name={id}
                  checked={keyOf(chosen) === key}
                  onChange={() => onSettle(group.value)}
                />
                <label htmlFor={`${id}-${index}`}>
                  {group.text}
                  {marks.length > 0 ? <span className="hint-inline"> ({marks.join(", ")})</span> : null}
                </label>
              </div>
            );
          })}
          <div className="choice">
            <input id={`${id}-none`} type="radio" name={id} checked={chosen === null} onChange={() => onSettle(null)} />
            <label htmlFor={`${id}-none`}>Leave it unanswered for now</label>
          </div>
        </div>
      </fieldset>
      <p className="print-only">
        <strong>Settled:</strong>{" "}
        {chosen === null ? "left unanswered" : (comparison.groups.find((group) => keyOf(group.value) === keyOf(chosen))?.text ?? "")}
        {note ? `. Why: ${note}` : ""}
      </p>
      <label className="label" htmlFor={`${id}-note`}>
        Why (optional)
      </label>
      <input className="input" id={`${id}-note`} maxLength={300} defaultValue={note} onBlur={(event) => onNote(event.target.value)} />
    </fieldset>
  );
}
