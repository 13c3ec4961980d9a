"use client";
import type { IdHistory, Questionnaire } from "@/lib/engine";
import { UnreadableNotice } from "../saving";
import { ImportAssessment } from "./import-assessment";
import { SavedList } from "./saved-list";
import { Placeholder, useStoreReady } from "../ui/open-assessment";

/** The saved list and import, once saved state has been read. */
export function AssessmentsView({ questionnaire, history }: { questionnaire: Questionnaire; history: IdHistory }) {
  const hydrated = useStoreReady();
  if (!hydrated) return <Placeholder />;
  return (
    <>
      <UnreadableNotice />
      <SavedList questionnaire={questionnaire} />
      <ImportAssessment questionnaire={questionnaire} history={history} />
    </>
  );
}
