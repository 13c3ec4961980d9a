/** What the assessment store holds and what it can be asked to do (see assessment-store.ts). */
import type { Assessment, AnswerValue, Decision, RiskDecision } from "@/lib/engine";
import type { NewerRecord, UnreadableRecord, UpgradedRecord } from "./record-storage";
import type { WriteProblem } from "./write-outcome";

export interface AcceptedAnswer {
  question: string;
  value: AnswerValue;
  /** Where it came from, as the engine cites it; empty when the user changed the proposal. */
  evidence: string;
}

export interface AssessmentMeta {
  name: string;
  assessor?: string | undefined;
}

export interface AssessmentState {
  assessments: Record<string, Assessment>;
  /** The assessment this tab has open. */
  openId: string | null;
  /** False until saved state has been read; pages wait for it instead of flashing "empty". */
  hydrated: boolean;
  /** False when the browser refuses this site any storage: nothing outlives the tab. */
  storageAvailable: boolean;
  /** Assessments whose latest changes are only in this tab, and why saving them failed. */
  unsaved: Record<string, WriteProblem>;
  /** Saved data set aside because it could not be read, until it is downloaded or discarded. */
  unreadable: UnreadableRecord[];
  /** Records a newer build of the app wrote, left untouched until this tab reloads. */
  newer: NewerRecord[];
  /** Records saved with an older questionnaire and brought up to date on this visit. */
  upgraded: UpgradedRecord[];
  /** The user hid the notice for this visit. */
  unreadableHidden: boolean;
  /** The name of this tab's assessment when another tab deleted it. */
  removedElsewhere: string | null;
}

export interface AssessmentActions {
  /** Reads everything saved (on the client, after the first render). */
  load(): void;
  /** Another tab changed this key (null: it cleared storage): re-read just that. */
  sync(key: string | null): void;
  start(meta: AssessmentMeta): Assessment;
  updateMeta(id: string, meta: AssessmentMeta): void;
  setAnswer(questionId: string, value: AnswerValue | undefined): void;
  /**
   * Answers the user accepted from their files, each with its citation, in one change. An
   * answer set later by hand (setAnswer) drops its citation.
   */
  acceptEvidence(accepted: readonly AcceptedAnswer[]): void;
  setDecision(actionId: string, decision: Decision): void;
  /**
   * Writes new answers (and what is left of their evidence) into these assessments, open or
   * not: a programme's change passed on to the applications the user chose.
   */
  passOn(updated: readonly Pick<Assessment, "id" | "answers" | "evidence">[]): void;
  /** Accepts a risk or marks it mitigated another way; undefined takes the decision back. */
  decideRisk(riskId: string, decision: RiskDecision | undefined): void;
  open(id: string): void;
  /** Puts the open assessment away (it stays saved) so a new one can be started. */
  close(): void;
  duplicate(id: string): Assessment | undefined;
  remove(id: string): void;
  /** Adds a complete assessment (an import or a saved copy of a shared one) under a new id. */
  add(assessment: Omit<Assessment, "id" | "createdAt" | "updatedAt">, options?: { open?: boolean }): Assessment;
  /** Tries every failed save again (after the user made room, say). */
  retrySaves(): void;
  /** Hides the notice about set-aside data for this visit. */
  hideUnreadable(): void;
  /** After the set-aside data was discarded: nothing left to report. */
  clearUnreadable(): void;
}

export type AssessmentStore = AssessmentState & AssessmentActions;
