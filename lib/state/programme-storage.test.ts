import { describe, expect, it } from "vitest";
import type { Programme } from "@/lib/engine";
import { MemoryStorage } from "./memory-storage";
import { PROGRAMMES_KEY, readProgrammes, writeProgrammes } from "./programme-storage";

const PROGRAMME: Programme = {
  id: "p1",
  name: "Retail platform",
  createdAt: "2026-12-01T10:00:00.000Z",
  updatedAt: "2026-12-01T10:00:00.000Z",
  contentVersion: "2026.12.6",
  answers: { "scope.breadth": "one-team" },
  members: [{ assessmentId: "a1", inherited: { "scope.breadth": "one-team" } }],
};

describe("programme storage", () => {
  it("reads back what it wrote", () => {
    const store = new MemoryStorage();
    expect(writeProgrammes(store, [PROGRAMME])).toEqual({ ok: true });
    expect(readProgrammes(store)).toEqual({ programmes: [PROGRAMME], unreadable: 0 });
  });

  it("is empty when nothing was saved", () => {
    expect(readProgrammes(new MemoryStorage())).toEqual({ programmes: [], unreadable: 0 });
  });

  it("keeps the programmes that pass the check and counts the rest, a second copy of an id among them", () => {
    const store = new MemoryStorage();
    const broken = { ...PROGRAMME, id: "p2", members: "everyone" };
    store.setItem(PROGRAMMES_KEY, JSON.stringify({ version: 1, programmes: [PROGRAMME, broken, PROGRAMME, null] }));
    expect(readProgrammes(store)).toEqual({ programmes: [PROGRAMME], unreadable: 3 });
  });

  it("counts damaged or foreign data as unreadable instead of failing", () => {
    for (const text of [
      "{",
      "[]",
      JSON.stringify({ version: 2, programmes: [PROGRAMME] }),
      JSON.stringify({ version: 1, programmes: {} }),
    ]) {
      const store = new MemoryStorage();
      store.setItem(PROGRAMMES_KEY, text);
      expect(readProgrammes(store)).toEqual({ programmes: [], unreadable: 1 });
    }
  });

  it("says when the browser refuses the write", () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
    };
    expect(writeProgrammes(full, [PROGRAMME])).toEqual({ ok: false, problem: "full" });
  });
});
