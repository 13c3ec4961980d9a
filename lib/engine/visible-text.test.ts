/** Text as a reader sees it: what counts as blank, and what is dropped before text is written to a file. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasVisibleText, visibleText, withoutInvisibleControls } from "./visible-text";

// Any code point but a lone surrogate (fast-check's "binary" unit takes seconds to set up).
const anyChar = fc
  .oneof(fc.integer({ min: 0, max: 0xd7ff }), fc.integer({ min: 0xe000, max: 0x10ffff }))
  .map((code) => String.fromCodePoint(code));

/** Characters that draw nothing (or only blank space), each of which a name can be made of. */
const BLANKS = [
  " ",
  "\t",
  "\n",
  "\r",
  "\u00A0",
  "\u2003",
  "\u3000",
  "\u2028", // white space
  "\u200B",
  "\u200C",
  "\u200D",
  "\u200E",
  "\u200F", // zero-width space, non-joiner, joiner, marks
  "\u202A",
  "\u202B",
  "\u202C",
  "\u202D",
  "\u202E", // bidi embeddings and overrides
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069", // bidi isolates
  "\u2060",
  "\u2061",
  "\u2062",
  "\u2063",
  "\u2064",
  "\uFEFF",
  "\u00AD",
  "\u061C",
  "\u180E", // joiner, invisible operators, BOM, soft hyphen, marks
  "\u0000",
  "\u0007",
  "\u001B",
  "\u007F",
  "\u0085",
  "\u009B", // controls
  "\u3164",
  "\u115F",
  "\u1160",
  "\uFFA0",
  "\u2800", // Hangul fillers, the Braille blank
  "\uFE0F",
  "\u034F",
  "\u{E0041}",
  "\u{E007F}", // a variation selector, the grapheme joiner, tag characters
];

describe("hasVisibleText", () => {
  it.each(BLANKS.map((char) => [`U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")}`, char]))(
    "%s alone, or repeated, is blank",
    (_, char) => {
      expect(hasVisibleText(char)).toBe(false);
      expect(hasVisibleText(char.repeat(5))).toBe(false);
    },
  );

  it("is false for nothing, and for any mix of blanks", () => {
    expect(hasVisibleText("")).toBe(false);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...BLANKS), { maxLength: 40 }), (chars) => {
        expect(hasVisibleText(chars.join(""))).toBe(false);
      }),
    );
  });

  it.each(["a", "Payments API", "日本語", "🚢", "👩‍💻", "١", "-", ".", "\u0600", "x\u200B"])("%j shows something", (text) => {
    expect(hasVisibleText(text)).toBe(true);
  });

  it("is true as soon as one visible character sits among blanks", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...BLANKS)),
        fc.array(fc.constantFrom(...BLANKS)),
        fc.constantFrom("a", "Z", "9", "é", "中", "🚢"),
        (before, after, visible) => {
          expect(hasVisibleText(before.join("") + visible + after.join(""))).toBe(true);
        },
      ),
    );
  });
});

describe("visibleText", () => {
  it.each<[string, string]>([
    ["  Payments API  ", "Payments API"],
    ["\u200B\u200BPayments\u200B", "Payments"],
    ["\uFEFF\u202EPayments API\u202C\u2069", "Payments API"],
    ["\u3164 Ops \u2800", "Ops"],
    ["Pay\u200Bments", "Pay\u200Bments"], // inside is kept: trimming is all it does
    ["👩‍💻 Platform", "👩‍💻 Platform"],
    ["\u200B\u200C\u200D", ""],
    ["", ""],
  ])("%j → %j", (text, expected) => {
    expect(visibleText(text)).toBe(expected);
  });

  it("has visible text exactly when the text has, and trims like String.trim and more", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: anyChar, maxLength: 30 }),
          fc.array(fc.oneof(fc.constantFrom(...BLANKS), fc.string({ maxLength: 3 }))).map((parts) => parts.join("")),
        ),
        (text) => {
          const visible = visibleText(text);
          expect(hasVisibleText(visible)).toBe(hasVisibleText(text));
          expect(visible.length === 0).toBe(!hasVisibleText(text));
          expect(visible.trim()).toBe(visible);
          expect(text).toContain(visible);
          expect(visibleText(visible)).toBe(visible);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("withoutInvisibleControls", () => {
  it.each<[string, string]>([
    ["invoice\u202Efdp.exe", "invoicefdp.exe"],
    ["\u2066a\u2069 \u2067b\u2069 \u2068c\u2069", "a b c"],
    ["\u202Aa\u202B b\u202C \u202Dc\u202C", "a b c"],
    ["z\u200Be\u200Cr\u200Do\u200E \u200Fw\u2060i\uFEFFd\u00ADt\u061Ch", "zero width"],
    ["\u0000nul \u0007bell \u001B[2Jclear \u007Fdel \u0085nel \u009Bcsi", "nul bell [2Jclear del nel csi"],
    ["tag\u{E0001}\u{E0069}\u{E0067}\u{E006E}\u{E006F}\u{E0072}\u{E0065}", "tag"],
    ["tab\tline\nbreak\r\nkept", "tab\tline\nbreak\r\nkept"],
    ["👩‍💻 🏳️‍🌈 👩🏽‍🚀 👨‍👩‍👧", "👩‍💻 🏳️‍🌈 👩🏽‍🚀 👨‍👩‍👧"], // joiners inside emoji are kept
    ["😀\u200D \u200D😀 a\u200D😀", "😀 😀 a😀"], // a joiner that joins no two emoji is not
    ["\u0600\u0661\u0662", "\u0600\u0661\u0662"], // an Arabic number sign prints
    ["Grüße, 日本 ❤️", "Grüße, 日本 ❤️"],
  ])("%j → %j", (text, expected) => {
    expect(withoutInvisibleControls(text)).toBe(expected);
  });

  it("leaves no bidi control, zero-width character or control but tab and line breaks, whatever the text", () => {
    const tricky = fc.constantFrom(...BLANKS, "a", "😀", "👩", "\uFE0F");
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: anyChar, maxLength: 40 }), fc.string({ unit: tricky, maxLength: 20 })), (text) => {
        const out = withoutInvisibleControls(text);
        expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B\u200C\u200E\u200F\u2060\uFEFF]/);
        expect(out).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
        expect(out).not.toMatch(/(?<!\p{Extended_Pictographic}[\uFE0F\u{1F3FB}-\u{1F3FF}]?)\u200D|\u200D(?!\p{Extended_Pictographic})/u);
        expect(withoutInvisibleControls(out)).toBe(out);
      }),
      { numRuns: 1000 },
    );
  });
});
