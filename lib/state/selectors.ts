/** Small, named views of the store, so components ask for exactly what they show. */
import type { Assessment } from "@/lib/engine/assessment";
import type { AssessmentStore } from "./assessment-store";

export const selectOpenAssessment = (state: AssessmentStore): Assessment | undefined =>
  state.openId === null ? undefined : state.assessments[state.openId];

export const selectHydrated = (state: AssessmentStore): boolean => state.hydrated;
