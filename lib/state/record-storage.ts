/**
 * Each assessment in its own localStorage entry, read and written one at a time, so a
 * failed write or a corrupt entry costs at most that one assessment and a tab only ever
 * touches the record it changed. Reading validates every entry: a record with a bad value
 * opens without it (its original kept aside), an unreadable one is moved aside (never
 * deleted), and one written by a newer build is left exactly where it is.
 */
import { admitRecord, writeRecord, type Assessment, type IdHistory } from "@/lib/engine";
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

/** A record saved with an older questionnaire, brought up to date as it was read. */
export interface UpgradedRecord {
  name: string;
  from: string;
}

export interface LoadedRecords {
  assessments: Record<string, Assessment>;
  unreadable: UnreadableRecord[];
  newer: NewerRecord[];
  upgraded: UpgradedRecord[];
}

/** One record read on its own, as another tab left it. */
export type StoredRecord =
  { kind: "ok"; assessment: Assessment } | { kind: "missing" } | { kind: "newer"; record: NewerRecord } | { kind: "unreadable" };

export type Clock = () => Date;

function keysWithPrefix(store: KeyValueStore, prefix: string): string[] {
  const keys: string[] = [];
  for (let index = 0; index < store.length; index += 1) {
    const key = store.key(index);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

function readReasons(store: KeyValueStore): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(store.getItem(QUARANTINE_REASONS_KEY) ?? "{}");
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
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
    .map((key) => ({
      key,
      reason: Object.hasOwn(reasons, key) ? (reasons[key] ?? "") : "Saved data that could not be read was kept aside.",
    }));
}

/** What the records are read against: the id history and the current content version. */
export interface ReadContext {
  history: IdHistory;
  contentVersion: string;
}

type Interpreted =
  | { kind: "ok"; assessment: Assessment; rewrite: boolean; report: string | undefined; upgradedFrom: string | undefined }
  | { kind: "newer"; record: NewerRecord }
  | { kind: "unreadable"; reason: string };

function interpret(key: string, raw: string, context: ReadContext): Interpreted {
  const id = recordIdOf(key) ?? "";
  const read = admitRecord(raw, id, context);
  if (read.kind === "newer") return { kind: "newer", record: { key, name: read.name } };
  if (read.kind === "unreadable") return read;
  const report =
    read.lost.length > 0
      ? `“${read.assessment.name}” opened without some of what was saved: ${read.lost.join("; ")}. Its original is kept aside.`
      : undefined;
  return { kind: "ok", assessment: read.assessment, rewrite: read.rewrite, report, upgradedFrom: read.upgradedFrom };
}

/** Reads every record. Repairs are written back, with the original kept aside first. */
export function loadRecords(store: KeyValueStore, context: ReadContext, now: Clock): LoadedRecords {
  const entries: [string, Assessment][] = [];
  const newer: NewerRecord[] = [];
  const upgraded: UpgradedRecord[] = [];
  for (const key of keysWithPrefix(store, RECORD_PREFIX)) {
    const raw = store.getItem(key);
    if (raw === null) continue;
    const read = interpret(key, raw, context);
    if (read.kind === "newer") newer.push(read.record);
    else if (read.kind === "unreadable") setAside(store, key, raw, read.reason, now);
    else {
      entries.push([read.assessment.id, read.assessment]);
      if (read.upgradedFrom !== undefined) upgraded.push({ name: read.assessment.name, from: read.upgradedFrom });
      // Without room to keep the original, leave the stored text as it is: it is repaired again next time.
      const keptOriginal = read.report === undefined || keepAside(store, key, raw, read.report, now);
      if (read.rewrite && keptOriginal) attempt(() => store.setItem(key, writeRecord(read.assessment)));
    }
  }
  // From entries, so an id such as "__proto__" is an own key like any other.
  return { assessments: Object.fromEntries(entries), unreadable: listSetAside(store), newer, upgraded };
}

/** One record as it is stored now, for a write that merges with what another tab saved. */
export function readStoredRecord(store: KeyValueStore, id: string, context: ReadContext): StoredRecord {
  const key = recordKey(id);
  const raw = store.getItem(key);
  if (raw === null) return { kind: "missing" };
  const read = interpret(key, raw, context);
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

/** The index's one shape: { version: 1, openId: string | null }. */
function openIdOf(parsed: unknown): string | null | undefined {
  if (typeof parsed !== "object" || parsed === null) return undefined;
  const { version, openId } = parsed as { version?: unknown; openId?: unknown };
  if (version !== 1) return undefined;
  return openId === null || typeof openId === "string" ? openId : undefined;
}

/** The assessment opened last in any tab, where a new tab starts. A garbled index is set aside. */
export function readLastOpened(store: KeyValueStore, now: Clock): string | null {
  const raw = store.getItem(INDEX_KEY);
  if (raw === null) return null;
  try {
    const openId = openIdOf(JSON.parse(raw));
    if (openId !== undefined) return openId;
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
