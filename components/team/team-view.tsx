"use client";
/**
 * The team view of the open assessment: invite, gather responses, see where the team
 * differs, settle, save. A response link opened straight in this page (/team#r1…) is
 * added to it, then the address is cleaned so a reload does not add it again.
 */
import { useEffect, useMemo, useState } from "react";
import { compareResponses, TEAM_ROLE_LABELS, type Assessment } from "@/lib/engine";
import { idHistory } from "@/content/id-history";
import { AssessmentContext } from "../ui/assessment-context";
import { ContentGate } from "../ui/content-gate";
import { OpenAssessmentGate } from "../ui/open-assessment";
import { ComparisonSection } from "./comparison-section";
import { InviteSection } from "./invite-section";
import { ResponsesSection } from "./responses-section";
import { useTeam, type AddOutcome, type TeamContext } from "./use-team";

function Workspace({ assessment, context }: { assessment: Assessment; context: TeamContext }) {
  const team = useTeam(assessment, context);
  const [opened, setOpened] = useState<AddOutcome[]>([]);
  const comparison = useMemo(
    () =>
      team.responses.length > 0
        ? compareResponses(
            context.questionnaire,
            team.responses.map((entry) => entry.response),
          )
        : undefined,
    [team.responses, context.questionnaire],
  );

  // A response link opened here: add it once, then drop it from the address.
  const { add } = team;
  useEffect(() => {
    const hash = window.location.hash.replace(/^#/, "");
    if (!hash.startsWith("r")) return;
    window.history.replaceState(null, "", window.location.pathname);
    void add([hash], []).then(setOpened);
    // Once, when the page opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const voiceOf = (fragment: string): string => {
    const response = team.responses.find((entry) => entry.fragment === fragment)?.response;
    if (!response) return "";
    return `${TEAM_ROLE_LABELS[response.role]}${response.respondent ? ` (${response.respondent})` : ""}`;
  };

  return (
    <div className="team-page">
      <AssessmentContext name={assessment.name} />
      {opened.length > 0 ? (
        <div className={opened.every((outcome) => outcome.kind === "added") ? "notice" : "notice notice--warning"} role="status">
          <p>The response link you opened: {opened.map((outcome) => outcome.detail).join(" ")}</p>
        </div>
      ) : null}
      {team.saveFailed ? (
        <p className="field-error" role="alert">
          This browser did not save the team view; it lasts only while this tab is open.
        </p>
      ) : null}
      <InviteSection name={assessment.name} areas={context.questionnaire.areas} record={team.record} onInvite={team.invite} />
      <ResponsesSection responses={team.responses} voiceOf={voiceOf} onAdd={team.add} onRemove={team.remove} />
      {comparison && team.record ? (
        <ComparisonSection
          assessment={assessment}
          questionnaire={context.questionnaire}
          comparison={comparison}
          record={team.record}
          onSettle={team.settle}
          onNote={team.noteOn}
        />
      ) : null}
    </div>
  );
}

/** One context object per content, so what is computed from it is computed once. */
function WithContext({ assessment, questionnaire, codebooks }: { assessment: Assessment } & Omit<TeamContext, "history">) {
  const context = useMemo(() => ({ questionnaire, codebooks, history: idHistory }), [questionnaire, codebooks]);
  return <Workspace assessment={assessment} context={context} />;
}

export function TeamView() {
  return (
    <OpenAssessmentGate what="team view">
      {(assessment) => (
        <ContentGate file="questionnaire">
          {(questionnaire) => (
            <ContentGate file="codebooks">
              {(codebooks) => <WithContext assessment={assessment} questionnaire={questionnaire} codebooks={codebooks} />}
            </ContentGate>
          )}
        </ContentGate>
      )}
    </OpenAssessmentGate>
  );
}
