/**
 * Each assessment in its own localStorage entry, read and written one at a time, so a
 * failed write or a corrupt entry costs at most that one assessment and a tab only ever
 * touches the record it changed. Reading validates every entry: a record with a bad value
 * opens without it (its original kept aside), an unreadable one is moved aside (never
 * deleted), and one written by a newer build is left exactly where it is.
 */
import "@/lib/engine/zod-config";
import { z } from "zod";
import type { Assessment } from "@/lib/engine/assessment";
import type { IdHistory } from "@/lib/engine/share/id-history";
import { renameThroughHistory } from "@/lib/engine/upgrade";
import { readRecord, writeRecord } from "./saved-record";
import { INDEX_KEY, QUARANTINE_PREFIX, QUARANTINE_REASONS_KEY, RECORD_PREFIX, recordIdOf, recordKey } from "./storage-keys";
import { attempt, type WriteOutcome } from "./write-outcome";

export type KeyValueStore = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

export interface UnreadableRecord {
  /** Where the unreadable text now lives. */
  key: string;
  reason: string;
}

/** A record a newer build of the app wrote: left untouched until this tab is reloaded. */
export interface NewerRecord {
  key: string;
  name: string | undefined;
}

export interface LoadedRecords {
  assessments: Record<string, Assessment>;
  unreadable: UnreadableRecord[];
  newer: NewerRecord[];
}

/** One record read on its own, as another tab left it. */
export type StoredRecord =
  | { kind: "ok"; assessment: Assessment }
  | { kind: "missing" }
  | { kind: "newer"; record: NewerRecord }
  | { kind: "unreadable" };

export type Clock = () => Date;

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

/** Copies an entry's text aside, untouched, and notes why. False when there was no room. */
function keepAside(store: KeyValueStore, key: string, raw: string, reason: string, now: Clock): boolean {
  const aside = `${QUARANTINE_PREFIX}${now().toISOString()}.${key}`;
  return attempt(() => {
    store.setItem(aside, raw);
    store.setItem(QUARANTINE_REASONS_KEY, JSON.stringify({ ...readReasons(store), [aside]: reason }));
  }).ok;
}

/** Moves an unreadable entry aside; with no room to move it, it stays where it is (reported again next time). */
function setAside(store: KeyValueStore, key: string, raw: string, reason: string, now: Clock): void {
  if (keepAside(store, key, raw, reason, now)) attempt(() => store.removeItem(key));
}

/**
 * Everything set aside, found now or on an earlier visit (perhaps on a page that did not
 * show the notice), until the user downloads or discards it.
 */
export function listSetAside(store: KeyValueStore): UnreadableRecord[] {
  const reasons = readReasons(store);
  // Keys start with the time they were set aside, so sorting lists them in that order.
  return keysWithPrefix(store, QUARANTINE_PREFIX)
    .sort()
    .map((key) => ({ key, reason: Object.hasOwn(reasons, key) ? (reasons[key] ?? "") : "Saved data that could not be read was kept aside." }));
}

type Interpreted =
  | { kind: "ok"; assessment: Assessment; rewrite: boolean; report: string | undefined }
  | { kind: "newer"; record: NewerRecord }
  | { kind: "unreadable"; reason: string };

/** Reads one entry's text into the current shape: migrated, repaired, ids carried through the history. */
function interpret(key: string, raw: string, history: IdHistory): Interpreted {
  const result = readRecord(raw);
  if (!result.ok) {
    return result.newer
      ? { kind: "newer", record: { key, name: result.name } }
      : { kind: "unreadable", reason: `A saved assessment could not be read: ${result.reason}.` };
  }
  if (recordKey(result.assessment.id) !== key) {
    return { kind: "unreadable", reason: "A saved assessment could not be read: its name in storage does not match its id." };
  }
  const renamed = renameThroughHistory(history, result.assessment.answers, result.assessment.decisions);
  const assessment: Assessment = renamed.changed
    ? { ...result.assessment, answers: renamed.answers, decisions: renamed.decisions }
    : result.assessment;
  const lost = [...result.repairs, ...renamed.notes];
  const report =
    lost.length > 0
      ? `“${assessment.name}” opened without some of what was saved: ${lost.join("; ")}. Its original is kept aside.`
      : undefined;
  return { kind: "ok", assessment, rewrite: result.migrated || renamed.changed || result.repairs.length > 0, report };
}

/** Reads every record. Repairs are written back, with the original kept aside first. */
export function loadRecords(store: KeyValueStore, history: IdHistory, now: Clock): LoadedRecords {
  const entries: [string, Assessment][] = [];
  const newer: NewerRecord[] = [];
  for (const key of keysWithPrefix(store, RECORD_PREFIX)) {
    const raw = store.getItem(key);
    if (raw === null) continue;
    const read = interpret(key, raw, history);
    if (read.kind === "newer") newer.push(read.record);
    else if (read.kind === "unreadable") setAside(store, key, raw, read.reason, now);
    else {
      entries.push([read.assessment.id, read.assessment]);
      // Without room to keep the original, leave the stored text as it is: it is repaired again next time.
      const keptOriginal = read.report === undefined || keepAside(store, key, raw, read.report, now);
      if (read.rewrite && keptOriginal) attempt(() => store.setItem(key, writeRecord(read.assessment)));
    }
  }
  // From entries, so an id such as "__proto__" is an own key like any other.
  return { assessments: Object.fromEntries(entries), unreadable: listSetAside(store), newer };
}

/** One record as it is stored now, for a write that merges with what another tab saved. */
export function readStoredRecord(store: KeyValueStore, id: string, history: IdHistory): StoredRecord {
  const key = recordKey(id);
  const raw = store.getItem(key);
  if (raw === null) return { kind: "missing" };
  const read = interpret(key, raw, history);
  if (read.kind === "ok") return { kind: "ok", assessment: read.assessment };
  return read.kind === "newer" ? { kind: "newer", record: read.record } : { kind: "unreadable" };
}

export function writeStoredRecord(store: KeyValueStore, assessment: Assessment): WriteOutcome {
  return attempt(() => store.setItem(recordKey(assessment.id), writeRecord(assessment)));
}

export function removeStoredRecord(store: KeyValueStore, id: string): WriteOutcome {
  return attempt(() => store.removeItem(recordKey(id)));
}

export { recordIdOf };

const indexSchema = z.object({ version: z.literal(1), openId: z.string().nullable() });

/** The assessment opened last in any tab, where a new tab starts. A garbled index is set aside. */
export function readLastOpened(store: KeyValueStore, now: Clock): string | null {
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

export function writeLastOpened(store: KeyValueStore, openId: string | null): WriteOutcome {
  return attempt(() => store.setItem(INDEX_KEY, JSON.stringify({ version: 1, openId })));
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
