import { describe, expect, it } from "vitest";
import { EMPTY_HISTORY, writeRecord, type IdHistory } from "@/lib/engine";
import { createAssessmentStore } from "./assessment-store";
import { MemoryStorage } from "./memory-storage";
import { discardSetAside } from "./record-storage";
import { INDEX_KEY, QUARANTINE_PREFIX, recordKey } from "./storage-keys";
import { memoryTabOpen } from "./tab-open";

const STAMP = "2026-11-25T12:00:00.000Z";
let counter = 0;

function makeStore(storage: MemoryStorage | undefined, history: IdHistory) {
  const store = createAssessmentStore({
    contentVersion: "2026.11.1",
    history,
    storage: () => storage,
    tabOpen: memoryTabOpen(),
    now: () => new Date(STAMP),
    newId: () => `id-${++counter}`,
  });
  store.getState().load();
  return store;
}

function setup(storage = new MemoryStorage(), history: IdHistory = EMPTY_HISTORY) {
  return { store: makeStore(storage, history), storage };
}

const reopen = (storage: MemoryStorage, history: IdHistory = EMPTY_HISTORY) => setup(storage, history).store.getState();

const saved = (id: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    version: 1,
    assessment: {
      id,
      name: `Saved ${id}`,
      createdAt: STAMP,
      updatedAt: STAMP,
      contentVersion: "2026.11.1",
      answers: {},
      decisions: {},
      ...extra,
    },
  });

describe("assessment store", () => {
  it("starts an assessment, opens it and saves answers as they are given", () => {
    const { store, storage } = setup();
    const created = store.getState().start({ name: "  Payments API ", assessor: "Ada" });
    store.getState().setAnswer("storage.stateful", "yes");
    store.getState().setAnswer("logging.targets", ["stdout", "files"]);

    expect(created.name).toBe("Payments API");
    const loaded = reopen(storage);
    expect(loaded.openId).toBe(created.id);
    expect(loaded.assessments[created.id]?.answers).toEqual({
      "storage.stateful": "yes",
      "logging.targets": ["stdout", "files"],
    });
    expect(loaded.unsaved).toEqual({});
  });

  it("forgets an answer that is cleared", () => {
    const { store } = setup();
    const created = store.getState().start({ name: "A" });
    store.getState().setAnswer("q", ["x"]);
    store.getState().setAnswer("q", []);
    expect(store.getState().assessments[created.id]?.answers).toEqual({});
  });

  it("sets a corrupt record aside, reports it, and keeps every other record", () => {
    const { store, storage } = setup();
    const kept = store.getState().start({ name: "Kept" });
    storage.setItem(recordKey("broken"), "{not json");
    storage.setItem(recordKey("wrong-shape"), JSON.stringify({ version: 1, assessment: { id: "wrong-shape" } }));

    const loaded = reopen(storage);
    expect(Object.keys(loaded.assessments)).toEqual([kept.id]);
    expect(loaded.unreadable).toHaveLength(2);
    expect(loaded.unreadable.map((entry) => entry.reason).join(" ")).toMatch(/not valid JSON/);
    const aside = storage.keys().filter((key) => key.startsWith(QUARANTINE_PREFIX));
    expect(aside).toHaveLength(2);
    expect(aside.map((key) => storage.getItem(key))).toContain("{not json");
  });

  it("opens a record with one bad value without it, keeps the original aside and says so", () => {
    const storage = new MemoryStorage();
    const original = saved("long", { answers: { "scope.goal": "speed", "scope.notes": "n".repeat(600) } });
    storage.setItem(recordKey("long"), original);
    const loaded = reopen(storage);
    expect(loaded.assessments.long?.answers).toEqual({ "scope.goal": "speed", "scope.notes": "n".repeat(500) });
    expect(loaded.unreadable).toHaveLength(1);
    expect(loaded.unreadable[0]?.reason).toMatch(/“Saved long” opened without some of what was saved: .*longer than 500/);
    expect(
      storage
        .keys()
        .filter((key) => key.startsWith(QUARANTINE_PREFIX))
        .map((key) => storage.getItem(key)),
    ).toEqual([original]);
    // Repaired once: the next visit reads it cleanly.
    expect(reopen(storage).unreadable).toHaveLength(1);
  });

  it("keeps reporting set-aside data on later visits until it is discarded", () => {
    const storage = new MemoryStorage();
    storage.setItem(recordKey("broken"), "{not json");
    reopen(storage); // The first visit (say, to a guide page) sets it aside.

    const later = reopen(storage);
    expect(later.unreadable).toHaveLength(1);
    expect(later.unreadable[0]?.reason).toMatch(/not valid JSON/);
    discardSetAside(storage);
    expect(reopen(storage).unreadable).toEqual([]);
  });

  it("starts clean when the index itself is garbage", () => {
    const storage = new MemoryStorage();
    storage.setItem(INDEX_KEY, "garbage");
    const loaded = reopen(storage);
    expect(loaded.assessments).toEqual({});
    expect(loaded.openId).toBeNull();
    expect(loaded.unreadable).toHaveLength(1);
  });

  it("leaves a record from a newer version of the app untouched, and lists it", () => {
    const storage = new MemoryStorage();
    const future = JSON.stringify({ version: 99, assessment: { name: "From tomorrow" } });
    storage.setItem(recordKey("future"), future);
    const { store } = setup(storage);
    store.getState().start({ name: "Today" });
    expect(store.getState().newer).toEqual([{ key: recordKey("future"), name: "From tomorrow" }]);
    expect(store.getState().unreadable).toEqual([]);
    expect(storage.getItem(recordKey("future"))).toBe(future);
    expect(storage.keys().some((key) => key.startsWith(QUARANTINE_PREFIX))).toBe(false);
  });

  it("says at once when a write fails, keeps the change in the tab, and saves it on retry", () => {
    const { store, storage } = setup();
    const first = store.getState().start({ name: "First" });
    const second = store.getState().start({ name: "Second" });
    storage.failingKeys.add(recordKey(second.id));
    store.getState().setAnswer("q", "changed");
    expect(store.getState().unsaved).toEqual({ [second.id]: "full" });
    expect(store.getState().assessments[second.id]?.answers).toEqual({ q: "changed" });
    expect(reopen(storage).assessments[first.id]?.name).toBe("First");

    storage.failingKeys.clear();
    store.getState().retrySaves();
    expect(store.getState().unsaved).toEqual({});
    expect(reopen(storage).assessments[second.id]?.answers).toEqual({ q: "changed" });
  });

  it("works in memory, and says nothing is kept, where the browser refuses storage", () => {
    const store = makeStore(undefined, EMPTY_HISTORY);
    expect(store.getState().storageAvailable).toBe(false);
    const created = store.getState().start({ name: "Ephemeral" });
    store.getState().setAnswer("q", "yes");
    expect(store.getState().assessments[created.id]?.answers).toEqual({ q: "yes" });
    expect(store.getState().unsaved).toEqual({ [created.id]: "refused" });
  });

  it("duplicates, renames, closes and removes assessments", () => {
    const { store, storage } = setup();
    const original = store.getState().start({ name: "Claims" });
    const copy = store.getState().duplicate(original.id);
    store.getState().updateMeta(original.id, { name: "Claims platform", assessor: "" });
    store.getState().close();
    expect(store.getState().openId).toBeNull();
    store.getState().remove(original.id);

    const loaded = reopen(storage);
    expect(Object.values(loaded.assessments).map((a) => a.name)).toEqual([`Copy of Claims`]);
    expect(copy?.id).not.toBe(original.id);
    expect(storage.getItem(recordKey(original.id))).toBeNull();
  });

  it("never cuts an emoji in half when naming a copy", () => {
    const { store } = setup();
    const original = store.getState().start({ name: `${"a".repeat(71)}😀😀` });
    expect(store.getState().duplicate(original.id)?.name).toBe(`Copy of ${"a".repeat(71)}`);
  });

  it("reads back exactly what it writes", () => {
    // Through the store's own reading, not by restating the envelope writeRecord builds.
    const { store, storage } = setup();
    const created = store.getState().start({ name: "Round trip" });
    expect(reopen(storage).assessments[created.id]).toEqual(created);
    const full = {
      ...created,
      id: "full",
      assessor: "Ada",
      answers: { "scope.goal": "speed" },
      decisions: { backups: { status: "done" as const, person: "Grace" } },
    };
    storage.setItem(recordKey(full.id), writeRecord(full));
    expect(reopen(storage).assessments.full).toEqual(full);
  });

  it("treats ids such as __proto__ and constructor as ids like any other", () => {
    const storage = new MemoryStorage();
    storage.setItem(recordKey("__proto__"), saved("__proto__"));
    storage.setItem(recordKey("constructor"), saved("constructor"));
    storage.setItem(INDEX_KEY, JSON.stringify({ version: 1, openId: "toString" }));
    const { store } = setup(storage);
    expect(Object.keys(store.getState().assessments).sort()).toEqual(["__proto__", "constructor"]);
    expect(store.getState().openId).toBeNull();
    store.getState().open("hasOwnProperty");
    expect(store.getState().openId).toBeNull();
    store.getState().remove("__proto__");
    store.getState().remove("constructor");
    expect(storage.getItem(recordKey("__proto__"))).toBeNull();
    expect(reopen(storage).assessments).toEqual({});
  });

  it("carries a saved answer over a renamed id", () => {
    const storage = new MemoryStorage();
    storage.setItem(recordKey("old"), saved("old", { answers: { "scope.aim": "fast" }, decisions: { "backup-plan": { status: "done" } } }));
    const history: IdHistory = {
      questions: { renamed: { "scope.aim": "scope.goal" }, removed: [] },
      options: { "scope.goal": { renamed: { fast: "speed" }, removed: [] } },
      actions: { renamed: { "backup-plan": "backups" }, removed: [] },
    };
    const loaded = reopen(storage, history);
    expect(loaded.assessments.old?.answers).toEqual({ "scope.goal": "speed" });
    expect(loaded.assessments.old?.decisions).toEqual({ backups: { status: "done" } });
    expect(JSON.parse(storage.getItem(recordKey("old")) ?? "{}").assessment.answers).toEqual({ "scope.goal": "speed" });
  });
});

describe("two tabs on one storage", () => {
  function twoTabs() {
    const storage = new MemoryStorage();
    return { storage, a: setup(storage).store, b: setup(storage).store };
  }

  it("each tab keeps its own open assessment", () => {
    const { storage, a, b } = twoTabs();
    const first = a.getState().start({ name: "First" });
    b.getState().sync(recordKey(first.id));
    const second = b.getState().start({ name: "Second" });
    a.getState().setAnswer("q", "for first");
    expect(a.getState().openId).toBe(first.id);
    const loaded = reopen(storage);
    expect(loaded.assessments[first.id]?.answers).toEqual({ q: "for first" });
    expect(loaded.assessments[second.id]?.answers).toEqual({});
  });

  it("a tab never deletes a record it has not heard of", () => {
    const { storage, a, b } = twoTabs();
    const mine = a.getState().start({ name: "Mine" });
    const theirs = b.getState().start({ name: "Theirs" });
    a.getState().setAnswer("q", "x");
    a.getState().remove(mine.id);
    expect(reopen(storage).assessments[theirs.id]?.name).toBe("Theirs");
  });

  it("a stale tab's answer merges with the other tab's, and ticked boxes add up", () => {
    const { storage, a, b } = twoTabs();
    const shared = a.getState().start({ name: "Shared" });
    b.getState().sync(recordKey(shared.id));
    b.getState().open(shared.id);
    a.getState().setAnswer("q1", "from a");
    a.getState().setAnswer("multi", ["x"]);
    // b has not heard of either change yet
    b.getState().setAnswer("multi", ["y"]);
    b.getState().setAnswer("q2", "from b");
    expect(reopen(storage).assessments[shared.id]?.answers).toEqual({ q1: "from a", q2: "from b", multi: ["x", "y"] });
  });

  it("a tab follows another tab's changes and deletions", () => {
    const { a, b } = twoTabs();
    const shared = a.getState().start({ name: "Shared" });
    b.getState().sync(recordKey(shared.id));
    b.getState().open(shared.id);
    a.getState().setAnswer("q1", "from a");
    b.getState().sync(recordKey(shared.id));
    expect(b.getState().assessments[shared.id]?.answers).toEqual({ q1: "from a" });
    a.getState().remove(shared.id);
    b.getState().sync(recordKey(shared.id));
    expect(b.getState().openId).toBeNull();
    expect(b.getState().removedElsewhere).toBe("Shared");
  });
});

describe("which assessment a new tab opens", () => {
  it("a tab that found nothing open adopts the one opened last elsewhere; a tab that closed its own does not", () => {
    const storage = new MemoryStorage();
    const tab = memoryTabOpen();
    const make = () => {
      const store = createAssessmentStore({ contentVersion: "1", storage: () => storage, tabOpen: tab, newId: () => `t${++counter}` });
      store.getState().load();
      return store;
    };
    expect(make().getState().openId).toBeNull();
    const elsewhere = setup(storage).store.getState().start({ name: "Opened elsewhere" });
    const again = make();
    expect(again.getState().openId).toBe(elsewhere.id);
    again.getState().close();
    expect(make().getState().openId).toBeNull();
  });
});
