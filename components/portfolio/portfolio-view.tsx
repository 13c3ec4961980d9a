"use client";
/**
 * The portfolio: the programme, then every saved assessment as a row of the readiness heat
 * map, the pilot ranking and the programme plan, all from one assessment of each.
 */
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { portfolioOverview, type Assessment, type Questionnaire } from "@/lib/engine";
import { useAssessmentActions, useAssessmentStore } from "@/lib/state/use-assessment-store";
import { ContentGate } from "../ui/content-gate";
import { Placeholder, useStoreReady } from "../ui/open-assessment";
import { todayHere } from "../ui/today";
import { HeatMap } from "./heat-map";
import { PilotRankingSection } from "./pilot-ranking";
import { ProgrammePanel } from "./programme-panel";
import { ProgrammePlanSection } from "./programme-plan-section";
import { useProgrammes } from "./use-programmes";

const byName = (a: Assessment, b: Assessment) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1);

function Portfolio({ questionnaire }: { questionnaire: Questionnaire }) {
  const router = useRouter();
  const actions = useAssessmentActions();
  const stored = useAssessmentStore((state) => state.assessments);
  const { programmes, unreadable, saved, save } = useProgrammes();
  const [chosenId, setChosenId] = useState<string | undefined>(undefined);
  const [today] = useState(todayHere);
  const assessments = useMemo(() => Object.values(stored).sort(byName), [stored]);
  const chosen = programmes.find((programme) => programme.id === chosenId) ?? programmes[0];
  const overview = useMemo(
    () =>
      assessments.length === 0
        ? undefined
        : portfolioOverview(questionnaire, assessments, { today, ...(chosen ? { programme: chosen } : {}) }),
    [questionnaire, assessments, chosen, today],
  );
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
      {overview ? (
        <>
          <HeatMap portfolio={overview.portfolio} onOpen={(id) => open(id, "/results")} />
          <PilotRankingSection ranking={overview.ranking} />
          <ProgrammePlanSection
            plan={overview.plan}
            exportInput={{ questionnaire, assessments, name: chosen?.name ?? "Portfolio", today }}
          />
        </>
      ) : (
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
