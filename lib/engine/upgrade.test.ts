/**
 * Bringing answers and decisions up to the current questionnaire: ids followed through the
 * id history, values checked against what the question accepts now, and whatever cannot
 * be carried over listed in words.
 */
import { describe, expect, it } from "vitest";
import type { Answers, AnswerValue } from "./answers";
import type { Decision } from "./assessment";
import { EMPTY_HISTORY, type IdHistory } from "./share/id-history";
import { brokenFixture, fixtureQuestionnaire, questionById } from "./test-fixtures/fixture-questionnaire";
import { renameThroughHistory, upgradeToCurrent } from "./upgrade";

const questionnaire = fixtureQuestionnaire;
const history = (changes: Partial<IdHistory>): IdHistory => ({ ...EMPTY_HISTORY, ...changes });

describe("upgradeToCurrent: answers", () => {
  it.each<[string, IdHistory, Answers, Record<string, AnswerValue>, RegExp[]]>([
    [
      "current answers pass unchanged",
      EMPTY_HISTORY,
      { "scope.goal": "cost", "storage.kinds": ["files", "database"], "scope.ops-capacity": 3 },
      { "scope.goal": "cost", "storage.kinds": ["files", "database"], "scope.ops-capacity": 3 },
      [],
    ],
    [
      "a renamed question",
      history({ questions: { renamed: { "scope.aim": "scope.goal" }, removed: [] } }),
      { "scope.aim": "speed" },
      { "scope.goal": "speed" },
      [],
    ],
    [
      "a removed question is listed",
      history({ questions: { renamed: {}, removed: ["scope.budget"] } }),
      { "scope.budget": "big" },
      {},
      [/An answer to “scope\.budget”: that question is no longer asked\./],
    ],
    ["an unknown question is listed", EMPTY_HISTORY, { "no.such": "x" }, {}, [/“no\.such”/]],
    [
      "a renamed option of a single choice",
      history({ options: { "scope.goal": { renamed: { fast: "speed" }, removed: [] } } }),
      { "scope.goal": "fast" },
      { "scope.goal": "speed" },
      [],
    ],
    [
      "renamed options of a multiple choice",
      history({ options: { "storage.kinds": { renamed: { db: "database", blobs: "files" }, removed: [] } } }),
      { "storage.kinds": ["db", "blobs", "cache"] },
      { "storage.kinds": ["database", "files", "cache"] },
      [],
    ],
    [
      "an option no longer offered",
      history({ options: { "scope.goal": { renamed: {}, removed: ["fame"] } } }),
      { "scope.goal": "fame" },
      {},
      [/What is the main reason to adopt containers\?”: the answer “fame” is no longer offered/],
    ],
    [
      "some choices no longer offered",
      EMPTY_HISTORY,
      { "storage.kinds": ["database", "tape", "punch-cards"] },
      {},
      [/What kinds of state does it keep\?”: 2 of its choices are no longer offered/],
    ],
    ["a list for a single choice", EMPTY_HISTORY, { "scope.goal": ["cost"] }, {}, [/the answer “cost” is no longer offered/]],
    ["text for a multiple choice", EMPTY_HISTORY, { "storage.kinds": "database" }, {}, [/the answer is not a list of choices/]],
    ["a point off the scale", EMPTY_HISTORY, { "scope.ops-capacity": 6 }, {}, [/the point “6” is not on its scale/]],
    ["point zero", EMPTY_HISTORY, { "scope.ops-capacity": 0 }, {}, [/the point “0” is not on its scale/]],
    ["text for a scale", EMPTY_HISTORY, { "scope.ops-capacity": "3" }, {}, [/the point “3” is not on its scale/]],
    ["a number for text", EMPTY_HISTORY, { "scope.pilot": 7 }, {}, [/the answer is not text/]],
    [
      "text longer than the question allows is cut",
      EMPTY_HISTORY,
      { "scope.pilot": "p".repeat(200) },
      { "scope.pilot": "p".repeat(120) },
      [],
    ],
    ["empty answers are no answers, not problems", EMPTY_HISTORY, { "scope.pilot": "  ", "storage.kinds": [], "no.such": "" }, {}, []],
    [
      "options are renamed under the question's current id",
      history({
        questions: { renamed: { "scope.aim": "scope.goal" }, removed: [] },
        options: { "scope.goal": { renamed: { fast: "speed" }, removed: [] } },
      }),
      { "scope.aim": "fast" },
      { "scope.goal": "speed" },
      [],
    ],
  ])("%s", (_name, changes, answers, expected, unmapped) => {
    const result = upgradeToCurrent(questionnaire, changes, answers, {});
    expect(result.answers).toEqual(expected);
    expect(result.unmapped).toHaveLength(unmapped.length);
    unmapped.forEach((pattern, index) => expect(result.unmapped[index]).toMatch(pattern));
    for (const note of result.unmapped) expect(note).not.toMatch(/undefined|\[object|NaN/);
  });
});

describe("upgradeToCurrent: decisions", () => {
  const done: Decision = { status: "done", person: "Grace", note: "In Q2." };

  it.each<[string, IdHistory, Record<string, Decision>, Record<string, Decision>, RegExp[]]>([
    ["a current action", EMPTY_HISTORY, { backups: done }, { backups: done }, []],
    [
      "a renamed action",
      history({ actions: { renamed: { "backup-plan": "backups" }, removed: [] } }),
      { "backup-plan": done },
      { backups: done },
      [],
    ],
    [
      "a removed action is listed",
      history({ actions: { renamed: {}, removed: ["retire-vms"] } }),
      { "retire-vms": done },
      {},
      [/A decision on the action “retire-vms”: that action is no longer in the plan\./],
    ],
    ["an unknown action is listed", EMPTY_HISTORY, { "no-such": { status: "open" } }, {}, [/“no-such”/]],
  ])("%s", (_name, changes, decisions, expected, unmapped) => {
    const result = upgradeToCurrent(questionnaire, changes, {}, decisions);
    expect(result.decisions).toEqual(expected);
    expect(result.unmapped).toHaveLength(unmapped.length);
    unmapped.forEach((pattern, index) => expect(result.unmapped[index]).toMatch(pattern));
  });

  it("lists answers before decisions, each in the order given", () => {
    const result = upgradeToCurrent(
      questionnaire,
      EMPTY_HISTORY,
      { "old.one": "x", "old.two": "y" },
      { "gone-action": { status: "open" } },
    );
    expect(result.unmapped.map((note) => /“([^”]+)”/.exec(note)?.[1])).toEqual(["old.one", "old.two", "gone-action"]);
  });

  it("never changes its input", () => {
    const answers = { "scope.pilot": "p".repeat(200), "storage.kinds": ["cache"] };
    const decisions = { backups: { status: "open" as const } };
    const before = structuredClone({ answers, decisions });
    upgradeToCurrent(questionnaire, EMPTY_HISTORY, answers, decisions);
    expect({ answers, decisions }).toEqual(before);
  });
});

describe("upgradeToCurrent with ids that are also names on Object.prototype", () => {
  it("reads option history only from its own entries", () => {
    const odd = brokenFixture((draft) => {
      questionById("scope.goal", draft).id = "constructor";
    });
    const result = upgradeToCurrent(odd, EMPTY_HISTORY, { constructor: "cost", toString: "x" }, {});
    expect(result.answers).toEqual({ constructor: "cost" });
    expect(result.unmapped).toEqual([expect.stringContaining("“toString”")]);
  });
});

describe("renameThroughHistory (saved records, without the questionnaire)", () => {
  const full = history({
    questions: { renamed: { "scope.aim": "scope.goal" }, removed: ["scope.budget"] },
    options: {
      "scope.goal": { renamed: { fast: "speed" }, removed: [] },
      "storage.kinds": { renamed: { db: "database" }, removed: ["tape"] },
    },
    actions: { renamed: { "backup-plan": "backups" }, removed: ["retire-vms"] },
  });

  it("carries renamed questions, options and actions over and names what was removed", () => {
    const done = { status: "done" as const };
    const result = renameThroughHistory(
      full,
      { "scope.aim": "fast", "scope.budget": "big", "storage.kinds": ["db", "tape", "files"], "other.q": "kept" },
      { "backup-plan": done, "retire-vms": done, kept: done },
    );
    expect(result.answers).toEqual({ "scope.goal": "speed", "storage.kinds": ["database", "files"], "other.q": "kept" });
    expect(result.decisions).toEqual({ backups: done, kept: done });
    expect(result.changed).toBe(true);
    expect(result.notes).toHaveLength(3);
  });

  it("changes nothing when nothing was renamed", () => {
    const result = renameThroughHistory(full, { "other.q": "kept", constructor: "x" }, {});
    expect(result).toEqual({ answers: { "other.q": "kept", constructor: "x" }, decisions: {}, notes: [], changed: false });
  });
});
