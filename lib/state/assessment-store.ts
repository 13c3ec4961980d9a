/**
 * The one place that remembers: every assessment kept in this browser, which one this tab
 * has open, and the team's answers and plan decisions. A factory, so each test and each
 * browser tab gets its own store (zustand's advice for Next.js). Results and plans are
 * derived from this state on render, never stored.
 *
 * Every change writes only the record it changed, merged with what is stored at that
 * moment (another tab may have saved since), and a failed write is kept in `unsaved`
 * so the page can say so at once and offer a way out.
 */
import { createStore } from "zustand/vanilla";
import { answerOf, EMPTY_HISTORY, isAnswered, NAME_MAX_LENGTH, type Assessment, type IdHistory } from "@/lib/engine";
import { sameAnswer } from "./merge-answer";
import { newAssessmentId } from "./new-id";
import { own, withKey, withoutKey } from "./own";
import {
  listSetAside,
  loadRecords,
  readLastOpened,
  readStoredRecord,
  removeStoredRecord,
  writeLastOpened,
  writeStoredRecord,
  type KeyValueStore,
} from "./record-storage";
import { INDEX_KEY, QUARANTINE_PREFIX, QUARANTINE_REASONS_KEY, recordIdOf } from "./storage-keys";
import { memoryTabOpen, type TabOpenStore } from "./tab-open";
import type { AssessmentStore } from "./assessment-store-types";
import { truncateText } from "./truncate";
import { cleanMeta, withAcceptedEvidence, withAnswer, withDecision, withEvidence, withMeta, withRiskDecision } from "./record-changes";

export interface StoreOptions {
  contentVersion: string;
  history?: IdHistory;
  storage?: () => KeyValueStore | undefined;
  tabOpen?: TabOpenStore;
  now?: () => Date;
  newId?: () => string;
}

export type { AssessmentActions, AssessmentMeta, AssessmentState, AssessmentStore } from "./assessment-store-types";

/** localStorage, or undefined on the server or where the browser refuses access to it. */
export function localStorageIfAllowed(): KeyValueStore | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

export function createAssessmentStore(options: StoreOptions) {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => newAssessmentId());
  const storage = options.storage ?? localStorageIfAllowed;
  const context = { history: options.history ?? EMPTY_HISTORY, contentVersion: options.contentVersion };
  const tabOpen = options.tabOpen ?? memoryTabOpen();

  return createStore<AssessmentStore>()((set, get) => {
    /** Writes one record and notes whether it stuck. */
    const save = (assessment: Assessment): void => {
      const store = storage();
      const outcome = store ? writeStoredRecord(store, assessment) : { ok: false as const, problem: "refused" as const };
      const unsaved = outcome.ok ? withoutKey(get().unsaved, assessment.id) : withKey(get().unsaved, assessment.id, outcome.problem);
      set({ unsaved, storageAvailable: store !== undefined });
    };

    /**
     * Applies a change to the record as stored now (another tab may have saved since), so
     * a tab never overwrites what it has not seen. A change returning undefined changes nothing.
     */
    const commit = (id: string, change: (base: Assessment) => Assessment | undefined): void => {
      const mine = own(get().assessments, id);
      const store = storage();
      let base = mine;
      // Unsaved changes live only here: they are the newest there are.
      if (store && mine && !Object.hasOwn(get().unsaved, id)) {
        const stored = readStoredRecord(store, id, context);
        if (stored.kind === "ok") base = stored.assessment;
        if (stored.kind === "newer") {
          // A newer build took this record over: leave it to that build.
          set((state) => ({ assessments: withoutKey(state.assessments, id), newer: [...state.newer, stored.record] }));
          return;
        }
      }
      if (!base) return;
      const changed = change(base);
      if (!changed) return;
      const next: Assessment = { ...changed, updatedAt: now().toISOString() };
      set((state) => ({ assessments: withKey(state.assessments, id, next) }));
      save(next);
    };

    const setOpen = (id: string | null): void => {
      set({ openId: id, removedElsewhere: null });
      tabOpen.write(id);
      const store = storage();
      // Only where a new tab starts; losing it loses no work.
      if (store) writeLastOpened(store, id);
    };

    const insert = (assessment: Assessment, openIt: boolean): Assessment => {
      set((state) => ({ assessments: withKey(state.assessments, assessment.id, assessment) }));
      save(assessment);
      if (openIt) setOpen(assessment.id);
      return assessment;
    };

    /** What this tab holds that storage does not: kept over any re-read. */
    const unsavedRecords = (): [string, Assessment][] =>
      Object.keys(get().unsaved).flatMap((id) => {
        const record = own(get().assessments, id);
        return record ? [[id, record] as [string, Assessment]] : [];
      });

    return {
      assessments: {},
      openId: null,
      hydrated: false,
      storageAvailable: true,
      unsaved: {},
      unreadable: [],
      newer: [],
      upgraded: [],
      unreadableHidden: false,
      removedElsewhere: null,

      load() {
        const store = storage();
        if (!store) {
          set({ hydrated: true, storageAvailable: false });
          return;
        }
        // Read first, so a garbled index is set aside before the set-aside list is taken.
        const lastOpened = readLastOpened(store, now);
        const loaded = loadRecords(store, context, now);
        const assessments = { ...loaded.assessments, ...Object.fromEntries(unsavedRecords()) };
        const chosen = tabOpen.read();
        const wanted = chosen === undefined ? lastOpened : chosen;
        const openId = wanted !== null && Object.hasOwn(assessments, wanted) ? wanted : null;
        // The tab keeps what it adopted: another tab opening something else later changes nothing
        // here. A tab that found nothing to open has chosen nothing, so it may adopt one later.
        if (openId !== null && chosen !== openId) tabOpen.write(openId);
        // Once brought up to date a record is saved so, so each upgrade is reported on the visit it happened.
        const upgraded = [...get().upgraded, ...loaded.upgraded];
        set({ assessments, openId, unreadable: loaded.unreadable, newer: loaded.newer, upgraded, hydrated: true, storageAvailable: true });
      },

      sync(key) {
        const store = storage();
        if (!store || !get().hydrated) return;
        if (key === null) {
          get().load();
          return;
        }
        if (key.startsWith(QUARANTINE_PREFIX) || key === QUARANTINE_REASONS_KEY) {
          set({ unreadable: listSetAside(store) });
          return;
        }
        const id = recordIdOf(key);
        if (id === undefined || key === INDEX_KEY || Object.hasOwn(get().unsaved, id)) return;
        const stored = readStoredRecord(store, id, context);
        const state = get();
        if (stored.kind === "ok") set({ assessments: withKey(state.assessments, id, stored.assessment) });
        else if (stored.kind === "missing" && Object.hasOwn(state.assessments, id)) {
          const removed = own(state.assessments, id);
          const wasOpen = state.openId === id;
          set({ assessments: withoutKey(state.assessments, id) });
          if (wasOpen) {
            setOpen(null);
            set({ removedElsewhere: removed?.name ?? null });
          }
        } else if (stored.kind === "newer") {
          set({ assessments: withoutKey(state.assessments, id), newer: [...state.newer.filter((n) => n.key !== key), stored.record] });
          if (state.openId === id) setOpen(null);
        }
      },

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
        commit(id, (base) => withMeta(base, meta));
      },

      setAnswer(questionId, value) {
        const { openId, assessments } = get();
        const mine = openId === null ? undefined : own(assessments, openId);
        if (!mine || openId === null) return;
        const before = answerOf(mine.answers, questionId);
        const wanted = isAnswered(value) ? value : undefined;
        if (sameAnswer(before, wanted)) return;
        commit(openId, (base) => withAnswer(base, questionId, before, wanted));
      },

      acceptEvidence(accepted) {
        const { openId } = get();
        if (openId === null || accepted.length === 0) return;
        commit(openId, (base) => withAcceptedEvidence(base, accepted));
      },

      setDecision(actionId, decision) {
        const { openId } = get();
        if (openId === null) return;
        commit(openId, (base) => withDecision(base, actionId, decision));
      },

      passOn(updated) {
        for (const { id, answers, evidence } of updated) {
          if (!Object.hasOwn(get().assessments, id)) continue;
          commit(id, (base) => withEvidence({ ...base, answers }, evidence));
        }
      },

      decideRisk(riskId, decision) {
        const { openId } = get();
        if (openId === null) return;
        commit(openId, (base) => withRiskDecision(base, riskId, decision));
      },

      open(id) {
        if (Object.hasOwn(get().assessments, id)) setOpen(id);
      },

      close() {
        setOpen(null);
      },

      duplicate(id) {
        const source = own(get().assessments, id);
        if (!source) return undefined;
        const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = source;
        return get().add({ ...rest, name: truncateText(`Copy of ${source.name}`, NAME_MAX_LENGTH) }, { open: false });
      },

      remove(id) {
        const store = storage();
        if (store) removeStoredRecord(store, id);
        set((state) => ({ assessments: withoutKey(state.assessments, id), unsaved: withoutKey(state.unsaved, id) }));
        if (get().openId === id) setOpen(null);
      },

      add(assessment, addOptions) {
        const stamp = now().toISOString();
        return insert({ ...assessment, id: newId(), createdAt: stamp, updatedAt: stamp }, addOptions?.open ?? true);
      },

      retrySaves() {
        for (const [, record] of unsavedRecords()) save(record);
      },

      hideUnreadable() {
        set({ unreadableHidden: true });
      },

      clearUnreadable() {
        set({ unreadable: [] });
      },
    };
  });
}

export type AssessmentStoreApi = ReturnType<typeof createAssessmentStore>;
