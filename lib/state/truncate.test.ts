import { describe, expect, it } from "vitest";
import { truncateText } from "./truncate";

describe("truncateText", () => {
  it.each([
    ["short text is kept", "Payments", 80, "Payments"],
    ["plain text is cut at the limit", "abcdef", 4, "abcd"],
    ["an emoji is never cut in half", `${"a".repeat(79)}😀`, 80, "a".repeat(79)],
    ["a joined emoji is kept whole or left out", `ab👩‍👩‍👧`, 5, "ab"],
    ["a flag is kept whole or left out", `abc🇩🇪`, 5, "abc"],
    ["a combining accent stays with its letter", "abce\u0301", 4, "abc"],
  ])("%s", (_label, text, max, expected) => {
    const out = truncateText(text, max);
    expect(out).toBe(expected);
    expect(out.length).toBeLessThanOrEqual(max);
    // No lone surrogate: no character was cut in half.
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});
