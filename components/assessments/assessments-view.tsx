"use client";
import type { IdHistory, Questionnaire } from "@/lib/engine";
import { selectHydrated } from "@/lib/state/selectors";
import { useAssessmentStore } from "@/lib/state/store-provider";
import { UnreadableNotice } from "../start/unreadable-notice";
import { ImportAssessment } from "./import-assessment";
import { SavedList } from "./saved-list";

/** The saved list and import, once saved state has been read. */
export function AssessmentsView({ questionnaire, history }: { questionnaire: Questionnaire; history: IdHistory }) {
  const hydrated = useAssessmentStore(selectHydrated);
  if (!hydrated) return <div className="step-placeholder" aria-busy="true" />;
  return (
    <>
      <UnreadableNotice />
      <SavedList questionnaire={questionnaire} />
      <ImportAssessment questionnaire={questionnaire} history={history} />
    </>
  );
}
