import { describe, expect, it } from "vitest";
import { currentId, type IdChanges } from "./id-history";

const none: IdChanges = { renamed: {}, removed: [] };

describe("currentId", () => {
  it.each<[string, IdChanges | undefined, string, string | undefined]>([
    ["no history", undefined, "a", "a"],
    ["nothing changed", none, "a", "a"],
    ["renamed", { renamed: { a: "b" }, removed: [] }, "a", "b"],
    ["renamed twice, in turn", { renamed: { a: "b", b: "c" }, removed: [] }, "a", "c"],
    ["removed", { renamed: {}, removed: ["a"] }, "a", undefined],
    ["renamed, then removed", { renamed: { a: "b" }, removed: ["b"] }, "a", undefined],
    ["a rename cycle stops instead of looping", { renamed: { a: "b", b: "a" }, removed: [] }, "a", "a"],
    ["an inherited name is not a rename", { renamed: {}, removed: [] }, "constructor", "constructor"],
  ])("%s", (_name, changes, id, expected) => {
    expect(currentId(changes, id)).toBe(expected);
  });
});
