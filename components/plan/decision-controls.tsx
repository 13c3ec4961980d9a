"use client";
/**
 * The team's decision on one action: its status (to do, done, not applicable with a
 * reason), who takes it on, and a note. Saved as it is typed, like the answers.
 */
import { useRef, useState } from "react";
import { flushSync } from "react-dom";
import { DECISION_LABELS, NOTE_MAX_LENGTH, PERSON_MAX_LENGTH, type Decision, type DecisionStatus } from "@/lib/engine";

const STATUSES: DecisionStatus[] = ["open", "done", "not-applicable"];

interface DecisionControlsProps {
  actionId: string;
  actionTitle: string;
  decision: Decision;
  onChange: (decision: Decision) => void;
}

export function DecisionControls({ actionId, actionTitle, decision, onChange }: DecisionControlsProps) {
  // Person and note fields are rendered on request (or when they hold something): a plan of
  // fifty actions stays light to load, and the fields are one click away.
  const [opened, setOpened] = useState(false);
  const personField = useRef<HTMLInputElement>(null);
  const showDetails = opened || Boolean(decision.person) || Boolean(decision.note);
  const id = (part: string) => `decision-${actionId}-${part}`;
  const update = (change: Partial<Decision>) => onChange({ ...decision, ...change });
  return (
    <div className="decision">
      <fieldset className="decision__status">
        <legend className="decision__legend">
          Status<span className="visually-hidden"> of “{actionTitle}”</span>
        </legend>
        <div className="choices choices--inline">
          {STATUSES.map((status) => (
            <div className="choice" key={status}>
              <input
                type="radio"
                id={id(status)}
                name={id("status")}
                value={status}
                checked={decision.status === status}
                onChange={() => update({ status })}
              />
              <label htmlFor={id(status)}>{DECISION_LABELS[status]}</label>
            </div>
          ))}
        </div>
      </fieldset>
      {decision.status === "not-applicable" ? (
        <div className="decision__field">
          <label className="decision__label" htmlFor={id("reason")}>
            Why it does not apply
          </label>
          <input
            className="input"
            id={id("reason")}
            maxLength={NOTE_MAX_LENGTH}
            value={decision.reason ?? ""}
            onChange={(event) => update({ reason: event.target.value })}
          />
        </div>
      ) : null}
      {showDetails ? (
        <>
          <div className="decision__field">
            <label className="decision__label" htmlFor={id("person")}>
              Person taking it on <span className="legend-optional">(optional)</span>
            </label>
            <input
              className="input"
              id={id("person")}
              ref={personField}
              autoComplete="off"
              maxLength={PERSON_MAX_LENGTH}
              value={decision.person ?? ""}
              onChange={(event) => update({ person: event.target.value })}
            />
          </div>
          <div className="decision__field">
            <label className="decision__label" htmlFor={id("note")}>
              Note <span className="legend-optional">(optional)</span>
            </label>
            <textarea
              className="input"
              id={id("note")}
              rows={2}
              maxLength={NOTE_MAX_LENGTH}
              value={decision.note ?? ""}
              onChange={(event) => update({ note: event.target.value })}
            />
          </div>
        </>
      ) : (
        <div className="decision__more">
          <button
            type="button"
            className="link-button"
            onClick={() => {
              // Render the fields now, then hand them focus, so the keyboard user lands in them.
              flushSync(() => setOpened(true));
              personField.current?.focus();
            }}
          >
            Add a person or a note<span className="visually-hidden"> to “{actionTitle}”</span>
          </button>
        </div>
      )}
    </div>
  );
}
