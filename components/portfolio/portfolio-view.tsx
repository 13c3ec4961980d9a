"use client";
/**
 * The portfolio: the programme, then every saved assessment as a row of the readiness heat
 * map, the pilot ranking and the programme plan, all from one assessment of each.
 */
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { byNameThenId, type PortfolioOverview, type ProgrammeExportInput, type Questionnaire } from "@/lib/engine";
import { useProgressiveCount } from "../ui/use-progressive-count";
import { useAssessmentActions, useAssessmentStore } from "@/lib/state/use-assessment-store";
import { ContentGate } from "../ui/content-gate";
import { Placeholder, useStoreReady } from "../ui/open-assessment";
import { todayHere } from "../ui/today";
import { HeatMap } from "./heat-map";
import { PilotRankingSection } from "./pilot-ranking";
import { ProgrammePanel } from "./programme-panel";
import { ProgrammePlanSection } from "./programme-plan-section";
import { useProgrammes } from "./use-programmes";
import { usePortfolioOverview } from "./use-portfolio-overview";

/** The heat map first, then the ranking and the plan, one per task, so no single task renders all three. */
function Overview({
  overview,
  onOpen,
  exportInput,
}: {
  overview: PortfolioOverview;
  onOpen: (id: string, href: string) => void;
  exportInput: ProgrammeExportInput;
}) {
  const stage = useProgressiveCount(3, { step: 1 });
  return (
    <>
      {stage >= 1 ? <HeatMap portfolio={overview.portfolio} onOpen={(id) => onOpen(id, "/results")} /> : null}
      {stage >= 2 ? <PilotRankingSection ranking={overview.ranking} /> : null}
      {stage >= 3 ? <ProgrammePlanSection plan={overview.plan} exportInput={exportInput} /> : null}
    </>
  );
}

function Portfolio({ questionnaire }: { questionnaire: Questionnaire }) {
  const router = useRouter();
  const actions = useAssessmentActions();
  const stored = useAssessmentStore((state) => state.assessments);
  const { programmes, unreadable, saved, save } = useProgrammes();
  const [chosenId, setChosenId] = useState<string | undefined>(undefined);
  const [today] = useState(todayHere);
  const assessments = useMemo(() => Object.values(stored).sort(byNameThenId), [stored]);
  const chosen = programmes.find((programme) => programme.id === chosenId) ?? programmes[0];
  const progress = usePortfolioOverview(questionnaire, assessments, chosen, today);
  const open = (id: string, href: string) => {
    actions.open(id);
    router.push(href);
  };
  return (
    <>
      {unreadable > 0 ? (
        <div className="notice notice--warning" role="alert">
          <p>
            {unreadable === 1 ? "One programme" : `${unreadable} programmes`} saved in this browser could not be read and{" "}
            {unreadable === 1 ? "is" : "are"} left out. The assessments themselves are not affected.
          </p>
        </div>
      ) : null}
      {saved ? null : (
        <div className="notice notice--warning" role="alert">
          <p>The browser refused to save the programme: the change lasts only while this tab is open.</p>
        </div>
      )}
      <ProgrammePanel
        questionnaire={questionnaire}
        programmes={programmes}
        chosen={chosen}
        onChoose={setChosenId}
        save={save}
        assessments={assessments}
        onOpen={open}
      />
      {assessments.length === 0 ? null : progress.state === "ready" ? (
        <Overview
          overview={progress.overview}
          onOpen={open}
          exportInput={{ questionnaire, assessments, name: chosen?.name ?? "Portfolio", today }}
        />
      ) : (
        <p role="status" aria-busy="true" className="step-progress">
          Assessing {progress.done} of {progress.total} applications…
        </p>
      )}
      {assessments.length > 0 ? null : (
        <p>No assessment is saved in this browser yet. Start one, or add applications to a programme, and they appear here.</p>
      )}
    </>
  );
}

export function PortfolioView() {
  const hydrated = useStoreReady();
  if (!hydrated) return <Placeholder />;
  return <ContentGate file="questionnaire">{(questionnaire) => <Portfolio questionnaire={questionnaire} />}</ContentGate>;
}
