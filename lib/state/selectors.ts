/** Small, named views of the store, so components ask for exactly what they show. */
import type { Assessment } from "@/lib/engine";
import type { AssessmentStore } from "./assessment-store";
import { own } from "./own";

export const selectOpenAssessment = (state: AssessmentStore): Assessment | undefined =>
  state.openId === null ? undefined : own(state.assessments, state.openId);

export const selectHydrated = (state: AssessmentStore): boolean => state.hydrated;

/** Whether the open assessment's latest changes failed to save. */
export const selectOpenUnsaved = (state: AssessmentStore): boolean =>
  !state.storageAvailable || (state.openId !== null && Object.hasOwn(state.unsaved, state.openId));
