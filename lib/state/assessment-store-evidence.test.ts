import { describe, expect, it } from "vitest";
import { storeOverMemory } from "./test-store";

const setup = storeOverMemory;

describe("answers accepted from the team's files", () => {
  it("saves the answers with their citations in one change, and they survive a reload", () => {
    const { store, reopen } = setup();
    const { id } = store.getState().start({ name: "Payments API" });
    store.getState().acceptEvidence([
      { question: "security.run-as", value: "root", evidence: "Dockerfile, line 14: USER root" },
      { question: "security.hardening", value: ["seccomp", "drop-caps"], evidence: "deploy.yaml, line 30: drop: [ALL]" },
    ]);
    const again = reopen();
    again.getState().open(id);
    const saved = again.getState().assessments[id];
    expect(saved?.answers).toEqual({ "security.run-as": "root", "security.hardening": ["seccomp", "drop-caps"] });
    expect(saved?.evidence).toEqual({
      "security.run-as": "Dockerfile, line 14: USER root",
      "security.hardening": "deploy.yaml, line 30: drop: [ALL]",
    });
  });

  it("drops an answer's citation when the answer is changed by hand, and the field when none is left", () => {
    const { store } = setup();
    const { id } = store.getState().start({ name: "Payments API" });
    store.getState().acceptEvidence([{ question: "security.run-as", value: "root", evidence: "Dockerfile, line 14: USER root" }]);
    store.getState().setAnswer("security.run-as", "non-root");
    const saved = store.getState().assessments[id];
    expect(saved?.answers["security.run-as"]).toBe("non-root");
    expect(saved && "evidence" in saved).toBe(false);
  });

  it("keeps no citation for a proposal the user changed, and leaves other answers alone", () => {
    const { store } = setup();
    const { id } = store.getState().start({ name: "Payments API" });
    store.getState().setAnswer("storage.stateful", "no");
    store.getState().acceptEvidence([
      { question: "app-knowledge.pid1", value: "init", evidence: "" },
      { question: "ownership.tagging", value: "latest", evidence: "compose.yaml, line 4: image: redis" },
    ]);
    const saved = store.getState().assessments[id];
    expect(saved?.answers).toEqual({ "storage.stateful": "no", "app-knowledge.pid1": "init", "ownership.tagging": "latest" });
    expect(saved?.evidence).toEqual({ "ownership.tagging": "compose.yaml, line 4: image: redis" });
  });
});
