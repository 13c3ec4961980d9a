import { describe, expect, it, vi } from "vitest";
import { createAssessmentStore } from "./assessment-store";
import { MemoryStorage } from "./memory-storage";
import { discardSetAside } from "./record-storage";
import { writeRecord } from "./saved-record";
import { INDEX_KEY, QUARANTINE_PREFIX, recordKey } from "./storage-keys";

function setup(storage = new MemoryStorage()) {
  let counter = 0;
  const store = createAssessmentStore({
    contentVersion: "2026.11.1",
    storage: () => storage,
    now: () => new Date("2026-11-25T12:00:00.000Z"),
    newId: () => `id-${++counter}`,
  });
  return { store, storage };
}

async function reopen(storage: MemoryStorage) {
  const again = setup(storage);
  await again.store.persist.rehydrate();
  return again.store;
}

describe("assessment store", () => {
  it("starts an assessment, opens it and saves answers as they are given", async () => {
    const { store, storage } = setup();
    await store.persist.rehydrate();
    const created = store.getState().start({ name: "  Payments API ", assessor: "Ada" });
    store.getState().setAnswer("storage.stateful", "yes");
    store.getState().setAnswer("logging.targets", ["stdout", "files"]);

    expect(created.name).toBe("Payments API");
    const loaded = (await reopen(storage)).getState();
    expect(loaded.openId).toBe(created.id);
    expect(loaded.assessments[created.id]?.answers).toEqual({
      "storage.stateful": "yes",
      "logging.targets": ["stdout", "files"],
    });
  });

  it("forgets an answer that is cleared", async () => {
    const { store } = setup();
    await store.persist.rehydrate();
    store.getState().start({ name: "A" });
    store.getState().setAnswer("q", ["x"]);
    store.getState().setAnswer("q", []);
    const open = store.getState().openId;
    expect(open && store.getState().assessments[open]?.answers).toEqual({});
  });

  it("sets a corrupt record aside, reports it, and keeps every other record", async () => {
    const { store, storage } = setup();
    await store.persist.rehydrate();
    const kept = store.getState().start({ name: "Kept" });
    storage.setItem(recordKey("broken"), "{not json");
    storage.setItem(recordKey("wrong-shape"), JSON.stringify({ version: 1, assessment: { id: "wrong-shape" } }));

    const loaded = (await reopen(storage)).getState();
    expect(Object.keys(loaded.assessments)).toEqual([kept.id]);
    expect(loaded.unreadable).toHaveLength(2);
    expect(loaded.unreadable.map((entry) => entry.reason).join(" ")).toMatch(/not valid JSON/);
    const aside = storage.keys().filter((key) => key.startsWith(QUARANTINE_PREFIX));
    expect(aside).toHaveLength(2);
    expect(aside.map((key) => storage.getItem(key))).toContain("{not json");
  });

  it("keeps reporting set-aside data on later visits until it is discarded", async () => {
    const storage = new MemoryStorage();
    storage.setItem(recordKey("broken"), "{not json");
    await reopen(storage); // The first visit (say, to a guide page) sets it aside.

    const later = (await reopen(storage)).getState();
    expect(later.unreadable).toHaveLength(1);
    expect(later.unreadable[0]?.reason).toMatch(/not valid JSON/);

    later.hideUnreadable();
    expect(later.unreadable).toHaveLength(1);
    discardSetAside(storage);
    expect((await reopen(storage)).getState().unreadable).toEqual([]);
  });

  it("starts clean when the index itself is garbage", async () => {
    const storage = new MemoryStorage();
    storage.setItem(INDEX_KEY, "garbage");
    const loaded = (await reopen(storage)).getState();
    expect(loaded.assessments).toEqual({});
    expect(loaded.openId).toBeNull();
    expect(loaded.unreadable).toHaveLength(1);
  });

  it("reports a record from a newer version of the app instead of guessing", async () => {
    const storage = new MemoryStorage();
    storage.setItem(recordKey("future"), JSON.stringify({ version: 99, assessment: {} }));
    const loaded = (await reopen(storage)).getState();
    expect(loaded.unreadable[0]?.reason).toMatch(/newer version/);
  });

  it("loses only the record whose write fails", async () => {
    const { store, storage } = setup();
    await store.persist.rehydrate();
    const first = store.getState().start({ name: "First" });
    const second = store.getState().start({ name: "Second" });
    storage.failingKeys.add(recordKey(second.id));
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    store.getState().setAnswer("q", "changed");
    expect(warn).toHaveBeenCalledWith(`Could not save assessment ${second.id}`, expect.any(Error));
    warn.mockRestore();

    const loaded = (await reopen(storage)).getState();
    expect(loaded.assessments[first.id]?.name).toBe("First");
    expect(loaded.assessments[second.id]?.answers).toEqual({});
  });

  it("duplicates, renames, closes and removes assessments", async () => {
    const { store, storage } = setup();
    await store.persist.rehydrate();
    const original = store.getState().start({ name: "Claims" });
    const copy = store.getState().duplicate(original.id);
    store.getState().updateMeta(original.id, { name: "Claims platform", assessor: "" });
    store.getState().close();
    expect(store.getState().openId).toBeNull();
    store.getState().remove(original.id);

    const loaded = (await reopen(storage)).getState();
    expect(Object.values(loaded.assessments).map((a) => a.name)).toEqual([`Copy of Claims`]);
    expect(copy?.id).not.toBe(original.id);
    expect(storage.getItem(recordKey(original.id))).toBeNull();
  });

  it("reads back exactly what it writes", () => {
    const { store } = setup();
    const created = store.getState().start({ name: "Round trip" });
    expect(JSON.parse(writeRecord(created))).toEqual({ version: 1, assessment: created });
  });
});
