/**
 * A zustand PersistStorage that keeps each assessment in its own localStorage entry, so a
 * failed write or a corrupt entry costs at most that one assessment. Reading validates
 * every entry; an unreadable one is moved aside (never deleted) and reported.
 */
import type { PersistStorage, StorageValue } from "zustand/middleware";
import "@/lib/engine/zod-config";
import { z } from "zod";
import type { Assessment } from "@/lib/engine/assessment";
import { readRecord, writeRecord } from "./saved-record";
import { INDEX_KEY, QUARANTINE_PREFIX, QUARANTINE_REASONS_KEY, RECORD_PREFIX, recordKey } from "./storage-keys";

export type KeyValueStore = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

/** What the app remembers between visits. */
export interface SavedState {
  assessments: Record<string, Assessment>;
  openId: string | null;
}

export interface UnreadableRecord {
  /** Where the unreadable text now lives. */
  key: string;
  reason: string;
}

/** Hydration also hands the store what could not be read. */
export type LoadedState = SavedState & { unreadable: UnreadableRecord[] };

export const STORE_VERSION = 1;

const indexSchema = z.object({ version: z.literal(1), openId: z.string().nullable() });

function keysWithPrefix(store: KeyValueStore, prefix: string): string[] {
  const keys: string[] = [];
  for (let index = 0; index < store.length; index += 1) {
    const key = store.key(index);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

const reasonsSchema = z.record(z.string(), z.string());

function readReasons(store: KeyValueStore): Record<string, string> {
  try {
    const parsed = reasonsSchema.safeParse(JSON.parse(store.getItem(QUARANTINE_REASONS_KEY) ?? "{}"));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** Moves an unreadable entry aside, untouched, and notes why; returns where it went. */
function setAside(store: KeyValueStore, key: string, raw: string, reason: string, now: () => Date): void {
  const aside = `${QUARANTINE_PREFIX}${now().toISOString()}.${key}`;
  try {
    store.setItem(aside, raw);
    store.removeItem(key);
    store.setItem(QUARANTINE_REASONS_KEY, JSON.stringify({ ...readReasons(store), [aside]: reason }));
  } catch {
    // No room to move it: leave it where it is rather than lose it (it is reported again next time).
  }
}

/**
 * Everything set aside, found now or on an earlier visit (perhaps on a page that did not
 * show the notice), until the user downloads or discards it.
 */
function listSetAside(store: KeyValueStore): UnreadableRecord[] {
  const reasons = readReasons(store);
  // Keys start with the time they were set aside, so sorting lists them in that order.
  return keysWithPrefix(store, QUARANTINE_PREFIX)
    .sort()
    .map((key) => ({ key, reason: reasons[key] ?? "Saved data that could not be read was kept aside." }));
}

function readIndex(store: KeyValueStore, now: () => Date): string | null {
  const raw = store.getItem(INDEX_KEY);
  if (raw === null) return null;
  try {
    const parsed = indexSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data.openId;
  } catch {
    // fall through: set aside below
  }
  setAside(store, INDEX_KEY, raw, "The list of saved assessments could not be read.", now);
  return null;
}

export function createRecordStorage(getStore: () => KeyValueStore | undefined, now: () => Date = () => new Date()): PersistStorage<SavedState> {
  // What was last written per key, so a keystroke rewrites one record, not all of them.
  const written = new Map<string, string>();

  return {
    getItem(): StorageValue<LoadedState> | null {
      const store = getStore();
      if (!store) return null;
      const openId = readIndex(store, now);
      const assessments: Record<string, Assessment> = {};
      written.clear();
      for (const key of keysWithPrefix(store, RECORD_PREFIX)) {
        const raw = store.getItem(key);
        if (raw === null) continue;
        const result = readRecord(raw);
        if (result.ok && recordKey(result.assessment.id) === key) {
          assessments[result.assessment.id] = result.assessment;
          if (!result.migrated) written.set(key, raw);
        } else {
          const reason = result.ok ? "its name in storage does not match its id" : result.reason;
          setAside(store, key, raw, `A saved assessment could not be read: ${reason}.`, now);
        }
      }
      return {
        state: { assessments, openId: openId !== null && openId in assessments ? openId : null, unreadable: listSetAside(store) },
        version: STORE_VERSION,
      };
    },

    setItem(_name, value): void {
      const store = getStore();
      if (!store) return;
      const { assessments, openId } = value.state;
      for (const [id, assessment] of Object.entries(assessments)) {
        const key = recordKey(id);
        const text = writeRecord(assessment);
        if (written.get(key) === text) continue;
        try {
          store.setItem(key, text);
          written.set(key, text);
        } catch (error) {
          // Storage full or refused: this record keeps its previous saved version.
          console.warn(`Could not save assessment ${id}`, error);
        }
      }
      for (const key of keysWithPrefix(store, RECORD_PREFIX)) {
        if (!(key.slice(RECORD_PREFIX.length) in assessments)) {
          store.removeItem(key);
          written.delete(key);
        }
      }
      try {
        store.setItem(INDEX_KEY, JSON.stringify({ version: 1, openId }));
      } catch (error) {
        console.warn("Could not save which assessment is open", error);
      }
    },

    removeItem(): void {
      const store = getStore();
      if (!store) return;
      for (const key of keysWithPrefix(store, RECORD_PREFIX)) store.removeItem(key);
      store.removeItem(INDEX_KEY);
      written.clear();
    },
  };
}

/** The raw text of set-aside records, for the user to download or discard. */
export function readSetAside(store: KeyValueStore): { key: string; text: string }[] {
  return keysWithPrefix(store, QUARANTINE_PREFIX)
    .sort()
    .map((key) => ({ key, text: store.getItem(key) ?? "" }));
}

export function discardSetAside(store: KeyValueStore): void {
  for (const key of keysWithPrefix(store, QUARANTINE_PREFIX)) store.removeItem(key);
  store.removeItem(QUARANTINE_REASONS_KEY);
}
