/**
 * The forms' rules for names, case by case. That they behave exactly as the zod schema the
 * forms used before is shown in components/ui/form-check-resolver.test.ts.
 */
import { describe, expect, it } from "vitest";
import { NAME_MAX_LENGTH } from "./assessment";
import { checkAssessmentMeta, checkAssessmentName, nameProblem } from "./assessment-meta";

const EMPTY = "Enter the name of the application or team you are assessing";
const TOO_LONG = `The name must be ${NAME_MAX_LENGTH} characters or fewer`;
const ASSESSOR_TOO_LONG = `Your name must be ${NAME_MAX_LENGTH} characters or fewer`;

describe("a name typed into a form", () => {
  it.each<[string, string]>([
    ["Payments API", "Payments API"],
    ["  Payments API  ", "Payments API"],
    ["\u200B\u2066Payments API\u2069\uFEFF", "Payments API"],
    ["Pay\u200Bments", "Pay\u200Bments"],
    ["👩‍💻 Platform", "👩‍💻 Platform"],
    ["日本語", "日本語"],
    ["x", "x"],
  ])("accepts %j as %j", (name, expected) => {
    expect(checkAssessmentName({ name })).toEqual({ ok: true, values: { name: expected } });
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
    expect(checkAssessmentName({ name })).toEqual({ ok: false, errors: { name: { message: EMPTY, type: "custom" } } });
  });

  it.each<[string, string, boolean]>([
    ["at the limit", "x".repeat(NAME_MAX_LENGTH), true],
    ["at the limit inside invisible ends", `\u200B${"x".repeat(NAME_MAX_LENGTH)}\u200B`, true],
    ["at the limit in emoji (one character each)", "😀".repeat(NAME_MAX_LENGTH), true],
    ["one over", "x".repeat(NAME_MAX_LENGTH + 1), false],
    ["one emoji over", "😀".repeat(NAME_MAX_LENGTH + 1), false],
  ])(`holds a name to ${NAME_MAX_LENGTH} characters, once trimmed: %s`, (_, name, ok) => {
    expect(nameProblem(name)).toEqual(ok ? undefined : { message: TOO_LONG, type: "too_big" });
  });

  it("speaks a form's own words", () => {
    const words = { empty: "Enter a name", tooLong: "Too long" };
    expect(nameProblem("\u200B", words)?.message).toBe("Enter a name");
    expect(nameProblem("y".repeat(NAME_MAX_LENGTH + 1), words)?.message).toBe("Too long");
  });
});

describe("the start form", () => {
  it("cleans both fields; the assessor's name may be empty", () => {
    expect(checkAssessmentMeta({ name: " Orders\u200B", assessor: "" })).toEqual({ ok: true, values: { name: "Orders", assessor: "" } });
    expect(checkAssessmentMeta({ name: "Orders", assessor: "\uFEFF Ana " })).toEqual({
      ok: true,
      values: { name: "Orders", assessor: "Ana" },
    });
  });

  it.each<[string, boolean]>([
    ["y".repeat(NAME_MAX_LENGTH), true],
    [` ${"y".repeat(NAME_MAX_LENGTH)} `, true],
    ["y".repeat(NAME_MAX_LENGTH + 1), false],
  ])("holds the assessor's name to the same length (%#)", (assessor, ok) => {
    const result = checkAssessmentMeta({ name: "Orders", assessor });
    expect(result.ok ? undefined : result.errors).toEqual(ok ? undefined : { assessor: { message: ASSESSOR_TOO_LONG, type: "too_big" } });
  });

  it("reports every field's problem at once", () => {
    expect(checkAssessmentMeta({ name: " ", assessor: "z".repeat(NAME_MAX_LENGTH + 1) })).toEqual({
      ok: false,
      errors: { name: { message: EMPTY, type: "custom" }, assessor: { message: ASSESSOR_TOO_LONG, type: "too_big" } },
    });
  });
});
