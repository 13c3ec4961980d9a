"use client";
/**
 * The programme's own questions, answered once for every application in it. Each change is
 * saved to the programme at once; applications that took the earlier answer keep it until
 * the change is passed on to them, from here or from the portfolio.
 */
import { AppLink } from "../ui/app-link";
import { useCallback, useMemo } from "react";
import { useForm } from "react-hook-form";
import {
  applyProgrammeAnswer,
  resolveVisibility,
  type Area,
  type AnswerValue,
  type Assessment,
  type Programme,
  type Question,
  type QuestionLogic,
  type Questionnaire,
} from "@/lib/engine";
import { useAssessmentActions, useAssessmentStore } from "@/lib/state/use-assessment-store";
import { Placeholder, useStoreReady } from "../ui/open-assessment";
import { useFragment } from "../ui/use-fragment";
import { QuestionField, stepValues, useAnswerChanges, type StepValues } from "../wizard";
import { PassOnChanges, pendingChanges } from "./pass-on-changes";
import { useProgrammes } from "./use-programmes";

export interface ProgrammeContent {
  areas: readonly Pick<Area, "id" | "title">[];
  /** The programme-level questions, help text included. */
  questions: readonly Question[];
  logic: readonly QuestionLogic[];
  /** For passing changes on: the questionnaire as the engine takes it. */
  questionnaire: Questionnaire;
}

function Editor({ programme, content, save }: { programme: Programme; content: ProgrammeContent; save: (next: Programme) => void }) {
  const actions = useAssessmentActions();
  const stored = useAssessmentStore((state) => state.assessments);
  const members = useMemo(
    () =>
      programme.members.flatMap((member): Assessment[] => {
        const assessment = Object.hasOwn(stored, member.assessmentId) ? stored[member.assessmentId] : undefined;
        return assessment ? [assessment] : [];
      }),
    [programme.members, stored],
  );
  // The form starts from the programme's answers once; later it is the source of truth.
  const { register, subscribe } = useForm<StepValues>({ defaultValues: stepValues(content.questions, programme.answers) });
  const saveAnswer = useCallback(
    (question: Question, value: AnswerValue | undefined) => {
      const { [question.id]: _old, ...rest } = programme.answers;
      save({ ...programme, updatedAt: new Date().toISOString(), answers: value === undefined ? rest : { ...rest, [question.id]: value } });
    },
    [programme, save],
  );
  useAnswerChanges(subscribe, content.questions, saveAnswer);
  const visibility = resolveVisibility({ questions: content.logic }, programme.answers);
  const shown = new Set(visibility.visible);
  const apply = (questionId: string, ids: string[]) => {
    const applied = applyProgrammeAnswer(content.questionnaire, programme, questionId, programme.answers[questionId], members, {
      now: new Date().toISOString(),
      apply: ids,
    });
    if (!applied) return;
    actions.passOn(applied.applications);
    save(applied.programme);
  };
  return (
    <>
      <p>
        Programme <strong>{programme.name}</strong>, {members.length} {members.length === 1 ? "application" : "applications"}.{" "}
        <AppLink href="/portfolio">Back to the portfolio</AppLink>
      </p>
      <PassOnChanges pending={pendingChanges(content.questionnaire, programme, members)} onApply={apply} />
      <form noValidate onSubmit={(event) => event.preventDefault()}>
        {content.areas.map((area) => {
          const questions = content.questions.filter((question) => question.area === area.id && shown.has(question.id));
          if (questions.length === 0) return null;
          return (
            <section key={area.id} aria-labelledby={`programme-area-${area.id}`}>
              <h2 id={`programme-area-${area.id}`}>{area.title}</h2>
              {questions.map((question) => (
                <QuestionField
                  key={question.id}
                  question={question}
                  register={register}
                  followUp={question.when !== undefined}
                  error={undefined}
                />
              ))}
            </section>
          );
        })}
      </form>
      <p>
        Every answer is saved as you give it. <AppLink href="/portfolio">Back to the portfolio</AppLink>
      </p>
    </>
  );
}

export function ProgrammeQuestions({ content }: { content: ProgrammeContent }) {
  const hydrated = useStoreReady();
  const fragment = useFragment();
  const { programmes, save } = useProgrammes();
  if (!hydrated || fragment === undefined) return <Placeholder />;
  const programme = programmes.find((candidate) => candidate.id === fragment);
  if (!programme) {
    return (
      <div className="notice notice--error" role="alert">
        <h2>This programme is not saved in this browser</h2>
        <p>
          Programmes are kept in the browser they were started in. <AppLink href="/portfolio">Go to the portfolio</AppLink> to start one or
          to choose another.
        </p>
      </div>
    );
  }
  return <Editor key={programme.id} programme={programme} content={content} save={save} />;
}
