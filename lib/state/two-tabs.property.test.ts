/**
 * Two tabs writing to one storage in random interleavings, hearing of each other's writes
 * late or never: no record either tab saved is lost unless a tab deleted it, and every
 * answer holds the last value a tab gave it (per box, for multiple choices).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answerOf, EMPTY_HISTORY } from "@/lib/engine";
import { createAssessmentStore, type AssessmentStoreApi } from "./assessment-store";
import { MemoryStorage } from "./memory-storage";
import { loadRecords } from "./record-storage";
import { recordKey } from "./storage-keys";
import { memoryTabOpen } from "./tab-open";

const QUESTIONS = ["q1", "q2", "q3"] as const;
const OPTIONS = ["a", "b", "c"] as const;

type Op =
  | { tab: 0 | 1; kind: "start" }
  | { tab: 0 | 1; kind: "open"; pick: number }
  | { tab: 0 | 1; kind: "answer"; question: (typeof QUESTIONS)[number]; value: string }
  | { tab: 0 | 1; kind: "toggle"; option: (typeof OPTIONS)[number] }
  | { tab: 0 | 1; kind: "duplicate" }
  | { tab: 0 | 1; kind: "remove"; pick: number }
  | { tab: 0 | 1; kind: "hear"; pick: number };

const tab = fc.constantFrom<0 | 1>(0, 1);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ tab, kind: fc.constant("start" as const) }),
  fc.record({ tab, kind: fc.constant("open" as const), pick: fc.nat(20) }),
  fc.record({ tab, kind: fc.constant("answer" as const), question: fc.constantFrom(...QUESTIONS), value: fc.constantFrom("x", "y", "z") }),
  fc.record({ tab, kind: fc.constant("toggle" as const), option: fc.constantFrom(...OPTIONS) }),
  fc.record({ tab, kind: fc.constant("duplicate" as const) }),
  fc.record({ tab, kind: fc.constant("remove" as const), pick: fc.nat(20) }),
  fc.record({ tab, kind: fc.constant("hear" as const), pick: fc.nat(20) }),
);

interface Expected {
  answers: Map<string, string>;
  ticked: Map<string, boolean>;
}

function run(ops: readonly Op[]): void {
  const storage = new MemoryStorage();
  let counter = 0;
  const makeTab = (): AssessmentStoreApi => {
    const store = createAssessmentStore({
      contentVersion: "1",
      storage: () => storage,
      tabOpen: memoryTabOpen(),
      newId: () => `r${++counter}`,
    });
    store.getState().load();
    return store;
  };
  const tabs = [makeTab(), makeTab()] as const;
  const alive = new Map<string, Expected>();
  const everId: string[] = [];
  const fresh = (): Expected => ({ answers: new Map(), ticked: new Map() });

  for (const step of ops) {
    const store = tabs[step.tab];
    const state = store.getState();
    const known = Object.keys(state.assessments);
    const target = state.openId !== null && Object.hasOwn(state.assessments, state.openId) ? state.openId : null;
    switch (step.kind) {
      case "start": {
        const created = state.start({ name: "New" });
        alive.set(created.id, fresh());
        everId.push(created.id);
        break;
      }
      case "open": {
        const id = known[step.pick % Math.max(known.length, 1)];
        if (id !== undefined) state.open(id);
        break;
      }
      case "answer":
        if (target === null) break;
        // Giving the answer the tab already shows changes nothing, so it writes nothing.
        if (answerOf(state.assessments[target]?.answers ?? {}, step.question) === step.value) break;
        state.setAnswer(step.question, step.value);
        if (!alive.has(target)) alive.set(target, fresh()); // a tab that has not heard of a deletion brings the record back
        alive.get(target)?.answers.set(step.question, step.value);
        break;
      case "toggle": {
        if (target === null) break;
        const current = answerOf(state.assessments[target]?.answers ?? {}, "multi");
        const list = Array.isArray(current) ? current : [];
        const tick = !list.includes(step.option);
        state.setAnswer("multi", tick ? [...list, step.option] : list.filter((v) => v !== step.option));
        if (!alive.has(target)) alive.set(target, fresh());
        alive.get(target)?.ticked.set(step.option, tick);
        break;
      }
      case "duplicate": {
        if (target === null) break;
        const copy = state.duplicate(target);
        if (copy) {
          alive.set(copy.id, fresh());
          everId.push(copy.id);
        }
        break;
      }
      case "remove": {
        const id = known[step.pick % Math.max(known.length, 1)];
        if (id === undefined) break;
        state.remove(id);
        alive.delete(id);
        break;
      }
      case "hear": {
        const id = everId[step.pick % Math.max(everId.length, 1)];
        if (id !== undefined) state.sync(recordKey(id));
        break;
      }
    }

    const saved = loadRecords(storage, { history: EMPTY_HISTORY, contentVersion: "1" }, () => new Date()).assessments;
    for (const [id, expected] of alive) {
      const record = saved[id];
      expect(record, `record ${id} after ${JSON.stringify(step)}`).toBeDefined();
      if (!record) continue;
      for (const [question, value] of expected.answers) expect(answerOf(record.answers, question)).toBe(value);
      const multi = answerOf(record.answers, "multi");
      for (const [option, tick] of expected.ticked) expect(Array.isArray(multi) && multi.includes(option)).toBe(tick);
    }
    for (const id of everId) if (!alive.has(id)) expect(Object.hasOwn(saved, id), `deleted ${id} stays deleted`).toBe(false);
  }
}

describe("two tabs writing at once", () => {
  it("never lose a record or an answer either tab saved", () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 60 }), (ops) => run(ops)),
      { numRuns: 1000 },
    );
  });
});
