"use client";
import type { IdHistory } from "@/lib/engine";
import { UnreadableNotice } from "../saving";
import { ImportAssessment } from "./import-assessment";
import { SavedList } from "./saved-list";
import { ContentGate } from "../ui/content-gate";
import { Placeholder, useStoreReady } from "../ui/open-assessment";

/** The saved list and import, once saved state has been read. */
export function AssessmentsView({ history }: { history: IdHistory }) {
  const hydrated = useStoreReady();
  if (!hydrated) return <Placeholder />;
  return (
    <>
      <UnreadableNotice />
      <ContentGate file="questionnaire">
        {(questionnaire) => (
          <>
            <SavedList questionnaire={questionnaire} />
            <ImportAssessment questionnaire={questionnaire} history={history} />
          </>
        )}
      </ContentGate>
    </>
  );
}
