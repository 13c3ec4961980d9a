/**
 * The one place that remembers: every assessment kept in this browser, which one is open,
 * and the team's answers and plan decisions. A factory, so each test and each browser
 * tab gets its own store (zustand's advice for Next.js). Results and plans are derived
 * from this state on render, never stored.
 */
import { createStore } from "zustand/vanilla";
import { persist } from "zustand/middleware";
import { isAnswered, type AnswerValue } from "@/lib/engine/answers";
import type { Assessment, Decision } from "@/lib/engine/assessment";
import { createRecordStorage, STORE_VERSION, type KeyValueStore, type LoadedState, type SavedState, type UnreadableRecord } from "./record-storage";

export interface AssessmentMeta {
  name: string;
  assessor?: string | undefined;
}

export interface AssessmentState extends SavedState {
  /** False until saved state has been read; pages wait for it instead of flashing "empty". */
  hydrated: boolean;
  /** Saved data set aside because it could not be read, until it is downloaded or discarded. */
  unreadable: UnreadableRecord[];
  /** The user hid the notice for this visit. */
  unreadableHidden: boolean;
}

export interface AssessmentActions {
  start(meta: AssessmentMeta): Assessment;
  updateMeta(id: string, meta: AssessmentMeta): void;
  setAnswer(questionId: string, value: AnswerValue | undefined): void;
  setDecision(actionId: string, decision: Decision): void;
  open(id: string): void;
  /** Puts the open assessment away (it stays saved) so a new one can be started. */
  close(): void;
  duplicate(id: string): Assessment | undefined;
  remove(id: string): void;
  /** Adds a complete assessment (an import or a saved copy of a shared one) under a new id. */
  add(assessment: Omit<Assessment, "id" | "createdAt" | "updatedAt">, options?: { open?: boolean }): Assessment;
  /** Hides the notice about set-aside data for this visit. */
  hideUnreadable(): void;
  /** After the set-aside data was discarded: nothing left to report. */
  clearUnreadable(): void;
}

export type AssessmentStore = AssessmentState & AssessmentActions;

export interface StoreOptions {
  contentVersion: string;
  storage?: () => KeyValueStore | undefined;
  now?: () => Date;
  newId?: () => string;
}

/** localStorage, or undefined on the server or where the browser refuses access to it. */
function localStorageIfAllowed(): KeyValueStore | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

function cleanMeta(meta: AssessmentMeta): Pick<Assessment, "name" | "assessor"> {
  const assessor = meta.assessor?.trim();
  return { name: meta.name.trim(), ...(assessor ? { assessor } : {}) };
}

export function createAssessmentStore(options: StoreOptions) {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => crypto.randomUUID());
  const browserStorage = options.storage ?? localStorageIfAllowed;

  return createStore<AssessmentStore>()(
    persist(
      (set, get) => {
        /** Changes the open assessment (if any) and stamps it. */
        const changeOpen = (change: (assessment: Assessment) => Partial<Assessment>): void => {
          const { openId, assessments } = get();
          const current = openId === null ? undefined : assessments[openId];
          if (!current) return;
          const next = { ...current, ...change(current), updatedAt: now().toISOString() };
          set({ assessments: { ...assessments, [current.id]: next } });
        };

        const insert = (assessment: Assessment, openIt: boolean): Assessment => {
          set((state) => ({
            assessments: { ...state.assessments, [assessment.id]: assessment },
            openId: openIt ? assessment.id : state.openId,
          }));
          return assessment;
        };

        return {
          assessments: {},
          openId: null,
          hydrated: false,
          unreadable: [],
          unreadableHidden: false,

          start(meta) {
            const stamp = now().toISOString();
            return insert(
              {
                id: newId(),
                ...cleanMeta(meta),
                createdAt: stamp,
                updatedAt: stamp,
                contentVersion: options.contentVersion,
                answers: {},
                decisions: {},
              },
              true,
            );
          },

          updateMeta(id, meta) {
            const current = get().assessments[id];
            if (!current) return;
            const { assessor: _dropped, ...rest } = current;
            const next: Assessment = { ...rest, ...cleanMeta(meta), updatedAt: now().toISOString() };
            set((state) => ({ assessments: { ...state.assessments, [id]: next } }));
          },

          setAnswer(questionId, value) {
            changeOpen((assessment) => {
              const { [questionId]: _previous, ...others } = assessment.answers;
              return { answers: isAnswered(value) ? { ...others, [questionId]: value } : others };
            });
          },

          setDecision(actionId, decision) {
            changeOpen((assessment) => {
              const { [actionId]: _previous, ...others } = assessment.decisions;
              const keep = decision.status !== "open" || decision.person || decision.note;
              return { decisions: keep ? { ...others, [actionId]: decision } : others };
            });
          },

          open(id) {
            if (get().assessments[id]) set({ openId: id });
          },

          close() {
            set({ openId: null });
          },

          duplicate(id) {
            const source = get().assessments[id];
            if (!source) return undefined;
            const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = source;
            return get().add({ ...rest, name: `Copy of ${source.name}`.slice(0, 80) }, { open: false });
          },

          remove(id) {
            set((state) => {
              const { [id]: _removed, ...others } = state.assessments;
              return { assessments: others, openId: state.openId === id ? null : state.openId };
            });
          },

          add(assessment, addOptions) {
            const stamp = now().toISOString();
            return insert({ ...assessment, id: newId(), createdAt: stamp, updatedAt: stamp }, addOptions?.open ?? true);
          },

          hideUnreadable() {
            set({ unreadableHidden: true });
          },

          clearUnreadable() {
            set({ unreadable: [] });
          },
        };
      },
      {
        name: "kbyd",
        version: STORE_VERSION,
        storage: createRecordStorage(browserStorage, now),
        partialize: (state): SavedState => ({ assessments: state.assessments, openId: state.openId }),
        merge: (persisted, current) => {
          const loaded = persisted as Partial<LoadedState> | undefined;
          return {
            ...current,
            assessments: loaded?.assessments ?? {},
            openId: loaded?.openId ?? null,
            unreadable: loaded?.unreadable ?? [],
            hydrated: true,
          };
        },
        // Read on the client after the first render (see StoreProvider), so the prerendered
        // HTML and the first client render agree.
        skipHydration: true,
      },
    ),
  );
}

export type AssessmentStoreApi = ReturnType<typeof createAssessmentStore>;
