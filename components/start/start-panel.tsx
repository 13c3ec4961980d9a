"use client";
/**
 * The start page's working part: name a new assessment, or carry on with the open one;
 * and the areas as a task list with their status.
 */
import { AppLink } from "../ui/app-link";
import { useMemo } from "react";
import { nextAreaToAnswer, progressOf, type QuestionLogic } from "@/lib/engine";
import { selectOpenAssessment, selectOpenUnsaved } from "@/lib/state/selectors";
import { useAssessmentStore } from "@/lib/state/use-assessment-store";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { StartForm } from "./start-form";
import { TaskList, type TaskListArea } from "./task-list";
import { UnreadableNotice } from "../saving";
import { useStoreReady } from "../ui/open-assessment";

interface StartPanelProps {
  areas: readonly TaskListArea[];
  logic: readonly QuestionLogic[];
}

export function StartPanel({ areas, logic }: StartPanelProps) {
  const hydrated = useStoreReady();
  const assessment = useAssessmentStore(selectOpenAssessment);
  const close = useAssessmentStore((state) => state.close);
  const unsaved = useAssessmentStore(selectOpenUnsaved);
  const progress = useMemo(
    () => (assessment ? progressOf({ questions: logic, areas }, assessment.answers) : undefined),
    [assessment, logic, areas],
  );
  const firstArea = areas[0]?.id ?? "";

  const completed = progress?.filter((area) => area.status === "completed").length ?? 0;
  const next = progress ? nextAreaToAnswer(progress) : undefined;

  return (
    <>
      {!hydrated ? (
        // Holds the space while saved answers are read, so the page does not jump.
        <div className="panel start-placeholder" aria-busy="true" />
      ) : assessment && progress ? (
        <section className="panel" aria-labelledby="continue-title">
          <h2 id="continue-title">Continue your assessment</h2>
          <p>
            You are assessing <strong>{assessment.name}</strong>
            {assessment.assessor ? <> (assessor: {assessment.assessor})</> : null}. You have completed {completed} of {areas.length} areas.
          </p>
          <div className="button-group">
            <AppLink className="button" href={next ? `/assess/${next}` : "/assess/review"}>
              {next ? "Continue" : "Check your answers"}
            </AppLink>
            {completed > 0 ? (
              <AppLink className="button button--secondary" href="/results">
                See results
              </AppLink>
            ) : null}
            <ConfirmDialog
              trigger="Start a new assessment"
              title="Start a new assessment?"
              confirmLabel="Yes, start a new one"
              onConfirm={close}
            >
              {unsaved ? (
                <p>
                  “{assessment.name}” could not be saved in this browser: download it first (see the message at the top of the page), or it
                  is lost when this tab closes.
                </p>
              ) : (
                <p>“{assessment.name}” stays saved in this browser, and you can open it again from the list of saved assessments.</p>
              )}
            </ConfirmDialog>
          </div>
          <p>
            One person’s view is not the team’s: <AppLink href="/team">ask the team</AppLink> to answer too, and see where development,
            operations and security differ.
          </p>
          <p>
            Have the team’s Dockerfiles, Compose files or Kubernetes manifests?{" "}
            <AppLink href="/assess/evidence">Answer from your files</AppLink>: read in this browser, never uploaded.
          </p>
          <p>
            <AppLink href="/assessments">Open another assessment saved in this browser</AppLink>, or import one.
          </p>
        </section>
      ) : (
        <StartForm firstAreaHref={`/assess/${firstArea}`} heading="Start an assessment" />
      )}
      {hydrated ? <UnreadableNotice /> : null}
      <h2 id="areas-title">The {areas.length} areas</h2>
      <TaskList areas={areas} progress={hydrated ? progress : undefined} />
    </>
  );
}
