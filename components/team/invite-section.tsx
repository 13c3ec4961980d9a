"use client";
/** "Ask the team": which areas, an optional note, and the invitation link to send. */
import { useState } from "react";
import { encodeInvite, INVITE_NOTE_MAX_LENGTH, type Area } from "@/lib/engine";
import type { TeamRecord } from "@/lib/state/team-storage";
import { LinkBox } from "./link-box";

interface InviteSectionProps {
  name: string;
  areas: readonly Pick<Area, "id" | "title">[];
  record: TeamRecord | undefined;
  onInvite: (areas: "all" | string[], note: string) => TeamRecord;
}

export function InviteSection({ name, areas, record, onInvite }: InviteSectionProps) {
  const [scope, setScope] = useState<"all" | "some">(record && record.areas !== "all" ? "some" : "all");
  const [chosen, setChosen] = useState<string[]>(record && record.areas !== "all" ? record.areas : []);
  const [note, setNote] = useState(record?.note ?? "");
  const [error, setError] = useState("");
  const [link, setLink] = useState<string | null>(null);

  const make = () => {
    if (scope === "some" && chosen.length === 0) {
      setError("Choose at least one area, or ask about all of them");
      return;
    }
    setError("");
    const ordered = areas.map((area) => area.id).filter((id) => chosen.includes(id));
    // Every area ticked is "all": the same invitation, in a shorter link.
    const saved = onInvite(scope === "all" || ordered.length === areas.length ? "all" : ordered, note.trim());
    const fragment = encodeInvite({ team: saved.team, name, areas: saved.areas, note: saved.note || undefined });
    setLink(`${window.location.origin}/respond#${fragment}`);
  };

  return (
    <section aria-labelledby="invite-title" className="results-section">
      <h2 id="invite-title">Ask the team</h2>
      <p>
        Send one invitation link to everyone whose view counts: development, operations, security, management. Each answers in their own
        browser, and sends a response link back. Nothing passes through a server.
      </p>
      <fieldset className={`form-group${error ? " form-group--error" : ""}`} aria-describedby={error ? "invite-areas-error" : undefined}>
        <legend>Which areas should they answer?</legend>
        {error ? (
          <p className="field-error" id="invite-areas-error">
            <span className="visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <div className="choices">
          <div className="choice">
            <input id="invite-all" type="radio" name="invite-scope" checked={scope === "all"} onChange={() => setScope("all")} />
            <label htmlFor="invite-all">All areas</label>
          </div>
          <div className="choice">
            <input id="invite-some" type="radio" name="invite-scope" checked={scope === "some"} onChange={() => setScope("some")} />
            <label htmlFor="invite-some">Only some areas</label>
          </div>
        </div>
        {scope === "some" ? (
          <fieldset className="form-group--follow-up proposal__own">
            <legend className="label">The areas to answer</legend>
            <div className="choices">
              {areas.map((area) => (
                <div className="choice" key={area.id}>
                  <input
                    id={`invite-area-${area.id}`}
                    type="checkbox"
                    checked={chosen.includes(area.id)}
                    onChange={(event) =>
                      setChosen((previous) => (event.target.checked ? [...previous, area.id] : previous.filter((id) => id !== area.id)))
                    }
                  />
                  <label htmlFor={`invite-area-${area.id}`}>{area.title}</label>
                </div>
              ))}
            </div>
          </fieldset>
        ) : null}
      </fieldset>
      <div className="form-group">
        <label className="label" htmlFor="invite-note">
          A note for them (optional)
        </label>
        <p className="hint" id="invite-note-hint">
          Up to {INVITE_NOTE_MAX_LENGTH} characters, for example “Answer for the claims service, by Friday”.
        </p>
        <textarea
          className="input"
          id="invite-note"
          rows={2}
          maxLength={INVITE_NOTE_MAX_LENGTH}
          aria-describedby="invite-note-hint"
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      <div className="button-group">
        <button type="button" className="button" onClick={make}>
          Make the invitation link
        </button>
      </div>
      {link ? <LinkBox label="The invitation link" url={link} /> : null}
    </section>
  );
}
