"use client";
/**
 * The programme: start one (a name), choose it when there are several, answer its
 * questions, add applications that start from its answers, and pass its later changes on.
 */
import { AppLink } from "../ui/app-link";
import { useId, useState } from "react";
import {
  applyProgrammeAnswer,
  checkAssessmentName,
  inheritedAnswers,
  joinProgramme,
  NAME_MAX_LENGTH,
  programmeQuestionIds,
  type Assessment,
  type Programme,
  type Questionnaire,
} from "@/lib/engine";
import { useAssessmentActions } from "@/lib/state/use-assessment-store";
import { newAssessmentId } from "@/lib/state/new-id";
import { PassOnChanges, pendingChanges } from "./pass-on-changes";
import { TextField } from "../ui/text-field";

interface ProgrammePanelProps {
  questionnaire: Questionnaire;
  programmes: readonly Programme[];
  chosen: Programme | undefined;
  onChoose: (id: string) => void;
  save: (programme: Programme) => void;
  assessments: readonly Assessment[];
  onOpen: (id: string, href: string) => void;
}

function NameForm({ label, button, onSubmit }: { label: string; button: string; onSubmit: (name: string) => void }) {
  const id = useId();
  const [name, setName] = useState("");
  const [error, setError] = useState<string>();
  return (
    <form
      noValidate
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        const checked = checkAssessmentName({ name });
        if (!checked.ok) {
          setError(checked.errors.name?.message);
          document.getElementById(id)?.focus();
          return;
        }
        setError(undefined);
        setName("");
        onSubmit(checked.values.name);
      }}
    >
      <TextField
        id={id}
        label={label}
        error={error}
        maxLength={NAME_MAX_LENGTH}
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <button type="submit" className="button">
        {button}
      </button>
    </form>
  );
}

export function ProgrammePanel({ questionnaire, programmes, chosen, onChoose, save, assessments, onOpen }: ProgrammePanelProps) {
  const actions = useAssessmentActions();
  const [status, setStatus] = useState("");
  const selectId = useId();
  const start = (name: string) => {
    const now = new Date().toISOString();
    const programme: Programme = {
      id: newAssessmentId(),
      name,
      createdAt: now,
      updatedAt: now,
      contentVersion: questionnaire.version,
      answers: {},
      members: [],
    };
    save(programme);
    onChoose(programme.id);
    setStatus(`Programme “${name}” started. Answer its questions, then add its applications.`);
  };
  if (!chosen) {
    return (
      <section aria-labelledby="programme-title" className="panel">
        <h2 id="programme-title">Programme</h2>
        <p>
          A programme holds the organisation’s answers (scope and goals, skills, ownership, orchestration, shared services and the
          organisation-wide parts of security and networking) once. Each application added to it starts from them, and answers only its own
          questions.
        </p>
        <NameForm label="Name of the programme" button="Start the programme" onSubmit={start} />
        <p role="status">{status}</p>
      </section>
    );
  }
  const programmeIds = programmeQuestionIds(questionnaire);
  const answered = programmeIds.filter((id) => Object.hasOwn(chosen.answers, id)).length;
  const byId = new Map(assessments.map((assessment) => [assessment.id, assessment]));
  const members = chosen.members.flatMap((member) => {
    const assessment = byId.get(member.assessmentId);
    return assessment ? [assessment] : [];
  });
  const firstOwnArea = questionnaire.areas.find((area) => area.level !== "programme")?.id ?? questionnaire.areas[0]?.id ?? "";
  const add = (name: string) => {
    const answers = inheritedAnswers(questionnaire, chosen);
    const added = actions.add({ name, contentVersion: questionnaire.version, answers, decisions: {} }, { open: false });
    save(joinProgramme(questionnaire, chosen, added.id, new Date().toISOString()).programme);
    setStatus(`Added “${name}” with ${Object.keys(answers).length} answers from the programme.`);
  };
  const apply = (questionId: string, ids: string[]) => {
    const applied = applyProgrammeAnswer(questionnaire, chosen, questionId, chosen.answers[questionId], members, {
      now: new Date().toISOString(),
      apply: ids,
    });
    if (!applied) return;
    actions.passOn(applied.applications);
    save(applied.programme);
    setStatus(`Passed on to ${applied.applications.map((application) => application.name).join(", ")}.`);
  };
  return (
    <section aria-labelledby="programme-title" className="panel">
      <h2 id="programme-title">Programme: {chosen.name}</h2>
      {programmes.length > 1 ? (
        <div className="form-group">
          <label className="label" htmlFor={selectId}>
            Programme shown
          </label>
          <select className="input" id={selectId} value={chosen.id} onChange={(event) => onChoose(event.target.value)}>
            {programmes.map((programme) => (
              <option key={programme.id} value={programme.id}>
                {programme.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <p>
        {answered} of {programmeIds.length} programme questions answered.{" "}
        <AppLink href={`/portfolio/programme#${chosen.id}`}>Answer the programme’s questions</AppLink>
      </p>
      <PassOnChanges pending={pendingChanges(questionnaire, chosen, members)} onApply={apply} />
      <h3>Applications ({members.length})</h3>
      {members.length === 0 ? <p>No application yet. Each one you add starts from the programme’s answers.</p> : null}
      <ul className="plain-list programme-members">
        {members.map((member) => (
          <li key={member.id}>
            {member.name}{" "}
            <button type="button" className="button button--secondary" onClick={() => onOpen(member.id, `/assess/${firstOwnArea}`)}>
              Answer its questions<span className="visually-hidden"> (“{member.name}”)</span>
            </button>
          </li>
        ))}
      </ul>
      <NameForm label="Name of an application to add" button="Add the application" onSubmit={add} />
      <p role="status">{status}</p>
      <details>
        <summary>Start another programme</summary>
        <NameForm label="Name of the new programme" button="Start the programme" onSubmit={start} />
      </details>
    </section>
  );
}
