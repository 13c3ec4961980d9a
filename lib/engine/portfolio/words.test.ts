import { describe, expect, it } from "vitest";
import { capitalised, counted, listed, ordinal } from "./words";

describe("words made from numbers and names", () => {
  it.each<[number, string]>([
    [0, "no risks"],
    [1, "one risk"],
    [2, "two risks"],
    [9, "nine risks"],
    [12, "12 risks"],
  ])("counts %i as %s", (count, words) => {
    expect(counted(count, "risk", "risks")).toBe(words);
  });

  it.each<[number, string]>([
    [1, "1st"],
    [2, "2nd"],
    [3, "3rd"],
    [4, "4th"],
    [11, "11th"],
    [12, "12th"],
    [13, "13th"],
    [21, "21st"],
    [112, "112th"],
  ])("places %i as %s", (n, words) => {
    expect(ordinal(n)).toBe(words);
  });

  it("lists names in quotes, and the rest as a count", () => {
    expect(listed([])).toBe("");
    expect(listed(["A"])).toBe("“A”");
    expect(listed(["A", "B"])).toBe("“A” and “B”");
    expect(listed(["A", "B", "C"])).toBe("“A”, “B” and “C”");
    expect(listed(["A", "B", "C", "D", "E"])).toBe("“A”, “B” and 3 more");
    expect(capitalised("stateless, no risks")).toBe("Stateless, no risks");
  });
});
