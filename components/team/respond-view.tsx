"use client";
/**
 * A respondent's side of "Ask the team": the invitation from the link's fragment, then
 * their role, their name if they like, and the invited areas' questions, with the same
 * branching as the wizard. The draft is kept in this browser under the invitation, apart
 * from any assessment saved here; "Send your answers" makes a link and a file to send back.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import {
  decodeInvite,
  encodeResponse,
  localDayStamp,
  NAME_MAX_LENGTH,
  resolveVisibility,
  responseFile,
  TEAM_ROLE_LABELS,
  TEAM_ROLES,
  type Answers,
  type Area,
  type AnswerValue,
  type Codebook,
  type Invitation,
  type Question,
  type QuestionLogic,
  type TeamRole,
} from "@/lib/engine";
import { localStore, readDraft, writeDraft } from "@/lib/state/team-storage";
import { Placeholder } from "../ui/open-assessment";
import { ErrorSummary } from "../ui/error-summary";
import { TextField } from "../ui/text-field";
import { QuestionField, stepValues, useAnswerChanges, type StepValues } from "../wizard";
import { LinkBox } from "./link-box";
import { useFragment } from "../ui/use-fragment";

export interface RespondContent {
  areas: readonly Pick<Area, "id" | "title">[];
  questions: readonly Question[];
  logic: readonly QuestionLogic[];
  codebook: Codebook;
  codebookIndex: number;
  contentVersion: string;
}

const ROLE_INPUT = "respondent-role-0";

function invitedAreas(invitation: Invitation, areas: RespondContent["areas"]) {
  return invitation.areas === "all" ? areas : areas.filter((area) => invitation.areas.includes(area.id));
}

function ResponseForm({ invitation, fragment, content }: { invitation: Invitation; fragment: string; content: RespondContent }) {
  const areas = invitedAreas(invitation, content.areas);
  const areaIds = new Set(areas.map((area) => area.id));
  const questions = content.questions.filter((question) => areaIds.has(question.area));
  const draft = useMemo(() => {
    const store = localStore();
    return store ? readDraft(store, invitation.team) : undefined;
  }, [invitation.team]);
  const [answers, setAnswers] = useState<Answers>(draft?.answers ?? {});
  const [role, setRole] = useState<TeamRole | null>(draft?.role ?? null);
  const [respondent, setRespondent] = useState(draft?.respondent ?? "");
  const [attempt, setAttempt] = useState(0);
  const [sent, setSent] = useState<{ url: string; file: { fileName: string; text: string } } | null>(null);
  const result = useRef<HTMLDivElement>(null);
  const { register, subscribe } = useForm<StepValues>({ defaultValues: stepValues(questions, answers) });

  const keepAnswer = useCallback((question: Question, value: AnswerValue | undefined) => {
    setAnswers((previous) => {
      const { [question.id]: _old, ...rest } = previous;
      return value === undefined ? rest : { ...rest, [question.id]: value };
    });
    setSent(null);
  }, []);
  useAnswerChanges(subscribe, questions, keepAnswer);

  // The draft follows every change, so closing the tab loses nothing.
  useEffect(() => {
    const store = localStore();
    if (store) writeDraft(store, invitation.team, { invite: fragment, role, respondent, answers });
  }, [invitation.team, fragment, role, respondent, answers]);

  const visibility = useMemo(() => resolveVisibility({ questions: content.logic }, answers), [content.logic, answers]);
  const shown = new Set(visibility.visible);
  const errors =
    attempt > 0 && role === null ? [{ href: ROLE_INPUT, message: "Choose your role, so the facilitator can see where views differ" }] : [];

  const send = () => {
    setAttempt((n) => n + 1);
    if (role === null) return;
    const own = Object.fromEntries(Object.entries(visibility.effective).filter(([id]) => questions.some((question) => question.id === id)));
    const response = {
      team: invitation.team,
      name: invitation.name,
      role,
      respondent: respondent.trim() || undefined,
      answeredOn: localDayStamp(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone),
      contentVersion: content.contentVersion,
      answers: own,
    };
    const link = encodeResponse(response, content.codebook, content.codebookIndex);
    setSent({ url: `${window.location.origin}/team#${link}`, file: responseFile(link) });
    requestAnimationFrame(() => result.current?.focus());
  };

  const answered = Object.keys(visibility.effective).filter((id) => questions.some((question) => question.id === id)).length;
  return (
    <>
      <div className="panel">
        <h2>You are asked about “{invitation.name}”</h2>
        {invitation.note ? <p className="inset">{invitation.note}</p> : null}
        <p>
          Answer{" "}
          {invitation.areas === "all"
            ? "every area"
            : `${areas.length} area${areas.length === 1 ? "" : "s"}: ${areas.map((area) => area.title).join(", ")}`}{" "}
          as you see it. “Not sure” is a fine answer: it shows the team what nobody knows yet. Your answers stay in this browser, apart from
          anything else saved here, until you send them.
        </p>
      </div>
      <ErrorSummary errors={errors} attempt={attempt} />
      <fieldset
        className={`form-group${errors.length > 0 ? " form-group--error" : ""}`}
        aria-describedby={errors.length > 0 ? "respondent-role-error" : undefined}
      >
        <legend>Your role</legend>
        {errors.length > 0 ? (
          <p className="field-error" id="respondent-role-error">
            <span className="visually-hidden">Error:</span> {errors[0]?.message}
          </p>
        ) : null}
        <div className="choices">
          {TEAM_ROLES.map((candidate, index) => (
            <div className="choice" key={candidate}>
              <input
                id={`respondent-role-${index}`}
                type="radio"
                name="respondent-role"
                value={candidate}
                checked={role === candidate}
                onChange={() => {
                  setRole(candidate);
                  setSent(null);
                }}
              />
              <label htmlFor={`respondent-role-${index}`}>{TEAM_ROLE_LABELS[candidate]}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <TextField
        id="respondent-name"
        label="Your name (optional)"
        hint="Shown to the facilitator beside your answers."
        autoComplete="name"
        maxLength={NAME_MAX_LENGTH}
        value={respondent}
        onChange={(event) => {
          setRespondent(event.target.value);
          setSent(null);
        }}
      />
      <form noValidate onSubmit={(event) => event.preventDefault()}>
        {areas.map((area) => (
          <section key={area.id} aria-labelledby={`respond-area-${area.id}`}>
            <h2 id={`respond-area-${area.id}`}>{area.title}</h2>
            {questions
              .filter((question) => question.area === area.id && shown.has(question.id))
              .map((question) => (
                <QuestionField
                  key={question.id}
                  question={question}
                  register={register}
                  followUp={question.when !== undefined}
                  error={undefined}
                />
              ))}
          </section>
        ))}
      </form>
      <h2>Send your answers</h2>
      <p>
        {answered} answer{answered === 1 ? "" : "s"} so far. Send them when you are done; you can change an answer and send again, and the
        facilitator keeps the latest.
      </p>
      <div className="button-group">
        <button type="button" className="button" onClick={send}>
          Send your answers
        </button>
      </div>
      <div tabIndex={-1} ref={result}>
        {sent ? (
          <div className="notice">
            <h2>Your answers are ready to send</h2>
            <p>Send the facilitator this link, or the file. Only your answers travel, inside the link’s fragment, which no server sees.</p>
            <LinkBox label="Your response link" url={sent.url} file={{ ...sent.file, label: "Download as a file" }} />
          </div>
        ) : null}
      </div>
    </>
  );
}

export function RespondView({ content }: { content: RespondContent }) {
  const fragment = useFragment();
  const areaIds = useMemo(() => content.areas.map((area) => area.id), [content.areas]);
  const decoded = useMemo(() => (fragment === undefined ? undefined : decodeInvite(fragment, areaIds)), [fragment, areaIds]);
  if (fragment === undefined || decoded === undefined) return <Placeholder />;
  if (!decoded.ok) {
    return (
      <div className="notice notice--error" role="alert">
        <h2>This invitation cannot be opened</h2>
        <p>{decoded.detail}</p>
        <p>Ask whoever sent it for the link again, and open it whole: everything after “#” is part of it.</p>
      </div>
    );
  }
  return <ResponseForm key={fragment} invitation={decoded.invitation} fragment={fragment} content={content} />;
}
