import { describe, expect, it } from "vitest";
import { conditionSchema } from "./condition-schema";

describe("conditionSchema rejects malformed conditions", () => {
  it.each<[string, unknown]>([
    ["an empty all", { op: "all", conditions: [] }],
    ["an empty any", { op: "any", conditions: [] }],
    ["an empty in", { op: "in", question: "a", values: [] }],
    ["an unknown operator", { op: "matches", question: "a", value: ".*" }],
    ["an extra key", { op: "answered", question: "a", extra: true }],
    ["an empty question id", { op: "answered", question: "" }],
    ["an empty string value", { op: "equals", question: "a", value: "" }],
    ["a fractional value", { op: "equals", question: "a", value: 1.5 }],
    ["a nested mistake", { op: "not", condition: { op: "all", conditions: [{ op: "answered" }] } }],
    ["a function instead of data", { op: "answered", question: () => "a" }],
  ])("%s", (_name, input) => {
    expect(conditionSchema.safeParse(input).success).toBe(false);
  });
});
