import { describe, expect, it } from "vitest";
import { MemoryStorage } from "./memory-storage";
import { readDraft, readTeam, RESPONSE_PREFIX, TEAM_PREFIX, writeDraft, writeTeam, type TeamRecord } from "./team-storage";

const RECORD: TeamRecord = {
  team: "k3x9q2m7ab",
  areas: ["storage", "app-knowledge"],
  note: "By Friday",
  responses: ["r1.k3x9q2m7ab.development.AAAA"],
  settled: { "app-knowledge.sigterm": "graceful", "storage.backup": null },
  notes: { "app-knowledge.sigterm": "Ada showed the hook" },
};

describe("team storage", () => {
  it("keeps a team record beside the assessment, and reads it back", () => {
    const store = new MemoryStorage();
    expect(writeTeam(store, "a1", RECORD)).toEqual({ ok: true });
    expect(store.keys()).toEqual([`${TEAM_PREFIX}a1`]);
    expect(readTeam(store, "a1")).toEqual(RECORD);
    expect(readTeam(store, "other")).toBeUndefined();
  });

  it("reads what it can of a damaged record and nothing of a foreign one", () => {
    const store = new MemoryStorage();
    store.setItem(
      `${TEAM_PREFIX}a1`,
      JSON.stringify({
        version: 1,
        team: "k3x9q2m7ab",
        areas: 7,
        responses: ["ok", 3],
        settled: { a: { bad: true }, b: "x", c: null },
        notes: { a: 1, b: "why" },
      }),
    );
    expect(readTeam(store, "a1")).toEqual({
      team: "k3x9q2m7ab",
      areas: "all",
      note: "",
      responses: [],
      settled: { b: "x", c: null },
      notes: { b: "why" },
    });
    store.setItem(`${TEAM_PREFIX}a2`, "{not json");
    store.setItem(`${TEAM_PREFIX}a3`, JSON.stringify({ version: 2, team: "x" }));
    expect(readTeam(store, "a2")).toBeUndefined();
    expect(readTeam(store, "a3")).toBeUndefined();
  });

  it("keeps a respondent's draft under the invitation, its answers checked on the way back", () => {
    const store = new MemoryStorage();
    writeDraft(store, "k3x9q2m7ab", { invite: "i1.x", role: "operations", respondent: "Grace", answers: { "storage.stateful": "yes" } });
    expect(store.keys()).toEqual([`${RESPONSE_PREFIX}k3x9q2m7ab`]);
    expect(readDraft(store, "k3x9q2m7ab")).toEqual({
      invite: "i1.x",
      role: "operations",
      respondent: "Grace",
      answers: { "storage.stateful": "yes" },
    });
    store.setItem(
      `${RESPONSE_PREFIX}bad`,
      JSON.stringify({ version: 1, invite: "i1.y", role: "boss", respondent: 5, answers: { a: { b: 1 } } }),
    );
    expect(readDraft(store, "bad")).toEqual({ invite: "i1.y", role: null, respondent: "", answers: {} });
  });

  it("says when the browser refuses to save", () => {
    const full = new MemoryStorage();
    full.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
    expect(writeTeam(full, "a1", RECORD)).toEqual({ ok: false, problem: "full" });
  });
});
