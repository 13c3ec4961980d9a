/** Names: what a form or an import accepts, and what a saved record may still hold. */
import { describe, expect, it } from "vitest";
import { assessmentSchema, meaningfulName, meaningfulNameSchema, NAME_MAX_LENGTH } from "./assessment";

describe("meaningfulNameSchema", () => {
  it.each<[string, string]>([
    ["Payments API", "Payments API"],
    ["  Payments API  ", "Payments API"],
    ["\u200B\u2066Payments API\u2069\uFEFF", "Payments API"],
    ["Pay\u200Bments", "Pay\u200Bments"],
    ["👩‍💻 Platform", "👩‍💻 Platform"],
    ["日本語", "日本語"],
    ["x", "x"],
  ])("accepts %j as %j", (name, expected) => {
    expect(meaningfulNameSchema.parse(name)).toBe(expected);
  });

  it.each<[string, string]>([
    ["nothing", ""],
    ["spaces", "   "],
    ["zero-width spaces", "\u200B\u200B\u200B"],
    ["a byte-order mark and a word joiner", "\uFEFF\u2060"],
    ["bidi controls", "\u202E\u202D\u2066\u2069"],
    ["joiners and marks", "\u200C\u200D\u200E\u200F"],
    ["Hangul fillers and the Braille blank", "\u3164\u115F\u2800"],
    ["control characters", "\u0000\u0007\u001B"],
  ])("refuses a name of %s, saying it has nothing visible", (_, name) => {
    const result = meaningfulNameSchema.safeParse(name);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(["The name has no visible characters"]);
  });

  it(`refuses more than ${NAME_MAX_LENGTH} characters, once trimmed`, () => {
    expect(meaningfulNameSchema.safeParse("x".repeat(NAME_MAX_LENGTH)).success).toBe(true);
    expect(meaningfulNameSchema.safeParse(`\u200B${"x".repeat(NAME_MAX_LENGTH)}\u200B`).success).toBe(true);
    expect(meaningfulNameSchema.safeParse("x".repeat(NAME_MAX_LENGTH + 1)).error?.issues.map((issue) => issue.message)).toEqual([
      `The name must be ${NAME_MAX_LENGTH} characters or fewer`,
    ]);
  });

  it("speaks a form's own words", () => {
    const schema = meaningfulName({ empty: "Enter a name", tooLong: "Too long" });
    expect(schema.safeParse("\u200B").error?.issues[0]?.message).toBe("Enter a name");
    expect(schema.safeParse("y".repeat(NAME_MAX_LENGTH + 1)).error?.issues[0]?.message).toBe("Too long");
  });
});

describe("assessmentSchema", () => {
  it("still reads a record saved with an invisible name, so no saved assessment becomes unreadable", () => {
    const record = {
      id: "a",
      name: "\u200B\u200B",
      createdAt: "2026-01-01T00:00:00.000Z",
      updatedAt: "2026-01-01T00:00:00.000Z",
      contentVersion: "1",
      answers: {},
      decisions: {},
    };
    expect(assessmentSchema.safeParse(record).success).toBe(true);
  });
});
