/**
 * Markdown export: user text (name, assessor, person, note, reason, text answers) can
 * never start structure (a heading, a table row, a list item, a link) nor carry HTML.
 * Checked on the lines produced: a hostile document has the very shape of a plain one.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answers } from "../answers";
import type { Assessment } from "../assessment";
import { when } from "../condition";
import { brokenFixture, riskById } from "../test-fixtures/fixture-questionnaire";
import { assess } from "../assess/assess";
import { exportDocument } from "./export-document";
import { toMarkdown } from "./markdown";
import { escapeMarkdown } from "./markdown-escape";

// Any code point but a lone surrogate (fast-check's "binary" unit takes seconds to set up).
const anyChar = fc
  .oneof(fc.integer({ min: 0, max: 0xd7ff }), fc.integer({ min: 0xe000, max: 0x10ffff }))
  .map((code) => String.fromCodePoint(code));

/** The fixture, with risks that quote both text answers, so they reach the register. */
const content = brokenFixture((draft) => {
  riskById("scope.tool-sprawl", draft).rules.push({
    when: when.answered("scope.pilot"),
    likelihood: 2,
    impact: 2,
    reason: "A pilot is named.",
  });
  riskById("security.compliance-gap", draft).rules.push({
    when: when.all(when.includes("security.compliance", "pci"), when.answered("security.exceptions")),
    likelihood: 4,
    impact: 4,
    reason: "Exceptions are agreed.",
  });
});

interface UserText {
  name: string;
  assessor: string;
  person: string;
  note: string;
  reason: string;
  pilot: string;
  exceptions: string;
}

const PLAIN: UserText = {
  name: "Payments API",
  assessor: "Ada",
  person: "Grace",
  note: "Booked for May",
  reason: "We run no database",
  pilot: "payments",
  exceptions: "none agreed",
};

const HOSTILE: UserText = {
  name: "# Pwned | *bold* [x](y) <script>alert(1)</script> `code`\n## injected",
  assessor: "- list item\n1. ordered\n> quote",
  person: "a | b | c \\| d",
  note: "<img src=x onerror=alert(1)> ![i](http://x/y.png) https://evil.example www.evil.example\r\n---",
  reason: "```\nfenced\n```\n| x | y |\n|---|---|",
  pilot: "- item\n# heading\n<script>alert(1)</script>",
  exceptions: "[click](javascript:alert(1)) &lt;b&gt; &amp; _em_ ~~strike~~ \\",
};

function markdownFor(text: UserText): string {
  const answers: Answers = {
    "scope.goal": "speed",
    "scope.pilot": text.pilot,
    "scope.ops-capacity": 2,
    "storage.stateful": "yes",
    "storage.kinds": ["database"],
    "storage.backup": "none",
    "security.tenancy": "multi-tenant",
    "security.compliance": ["pci"],
    "security.exceptions": text.exceptions,
  };
  const assessment: Assessment = {
    id: "a1",
    name: text.name,
    assessor: text.assessor,
    createdAt: "2026-01-05T10:00:00.000Z",
    updatedAt: "2026-02-06T10:00:00.000Z",
    contentVersion: content.version,
    answers,
    decisions: {
      "pick-pilot": { status: "not-applicable", reason: text.reason, person: text.person, note: text.note },
      "managed-database": { status: "done", person: text.person, note: text.note },
      backups: { status: "open", person: text.person },
      "image-scanning": { status: "open", note: text.note },
    },
  };
  const doc = exportDocument(assess(content, assessment), new Date("2026-03-01T12:00:00Z"));
  return toMarkdown(doc, "UTC");
}

/** Characters not escaped by a backslash before them. */
function unescapedCount(line: string, char: string): number {
  let count = 0;
  for (let i = 0; i < line.length; i += 1) {
    if (line[i] === "\\") i += 1;
    else if (line[i] === char) count += 1;
  }
  return count;
}

/** What a Markdown reader makes of a line at the start of a block. */
function shape(line: string): string {
  if (line === "") return "blank";
  const heading = /^ {0,3}(#{1,6})(\s|$)/.exec(line);
  if (heading) return `heading ${heading[1]?.length}`;
  if (line.startsWith("|")) return `row of ${unescapedCount(line, "|")} pipes`;
  if (/^ {0,3}([-*+]|\d{1,9}[.)])(\s|$)/.test(line)) return "list item";
  if (/^ {0,3}(>|```|~~~|<|-{3,}\s*$|={3,}\s*$)/.test(line)) return "other block";
  return "paragraph";
}

const shapes = (markdown: string): string[] => markdown.split("\n").map(shape);

describe("toMarkdown with hostile user text", () => {
  const plain = markdownFor(PLAIN);
  const hostile = markdownFor(HOSTILE);
  const lines = hostile.split("\n");

  it("has exactly the line structure of the same document with plain text", () => {
    expect(shapes(hostile)).toEqual(shapes(plain));
    expect(plain).toContain("payments");
    expect(plain).toContain("none agreed");
  });

  it("puts the name, escaped, in the one H1 and nowhere else", () => {
    const h1 = lines.filter((line) => line.startsWith("# "));
    expect(h1).toEqual([`# Container adoption assessment: ${escapeMarkdown(HOSTILE.name)}`]);
    expect(hostile.split(escapeMarkdown(HOSTILE.name))).toHaveLength(2);
    expect(h1[0]).toContain("\\# Pwned \\| \\*bold\\* \\[x\\]\\(y\\) &lt;script&gt;");
  });

  it("gives every line of a table the same number of unescaped pipes", () => {
    let expected: number | undefined;
    for (const line of lines) {
      if (!line.startsWith("|")) {
        expected = undefined;
        continue;
      }
      expected ??= unescapedCount(line, "|");
      expect(unescapedCount(line, "|"), line).toBe(expected);
    }
  });

  it("carries no HTML, no link, no code and no emphasis from user text", () => {
    expect(hostile).not.toMatch(/<[a-z!/?]/i);
    expect(hostile).not.toMatch(/\]\(/);
    expect(hostile).not.toMatch(/https?:\/\/[a-z0-9-]+\.[a-z]/i);
    expect(hostile).not.toMatch(/www\.[a-z]/i);
    for (const line of lines) {
      expect(unescapedCount(line, "`"), line).toBe(0);
      expect(unescapedCount(line, "["), line).toBe(0);
    }
    // Entities the user typed stay text: their "&" is escaped.
    expect(hostile).toContain("&amp;lt;b&amp;gt; &amp;amp;");
  });

  it("still shows every piece of user text, escaped", () => {
    for (const text of Object.values(HOSTILE)) expect(hostile).toContain(escapeMarkdown(text));
  });
});

describe("escapeMarkdown", () => {
  it.each<[string, string]>([
    ["plain words", "plain words"],
    ["# heading", "\\# heading"],
    ["- item", "\\- item"],
    ["1. item", "1\\. item"],
    ["a | b", "a \\| b"],
    ["*x* _y_", "\\*x\\* \\_y\\_"],
    ["[x](y)", "\\[x\\]\\(y\\)"],
    ["<script>", "&lt;script&gt;"],
    ["a & b", "a &amp; b"],
    ["`tick`", "\\`tick\\`"],
    ["back\\slash", "back\\\\slash"],
    ["one\ntwo\r\nthree\rfour", "one two three four"],
    ["!~{}+", "\\!\\~\\{\\}\\+"],
    ["line\u2028and\u2029paragraph separators", "line and paragraph separators"],
    ["pay\u202Emoc\u202C", "paymoc"],
    ["\u2066iso\u2069\u2067late\u2069\u2068d\u2069", "isolated"],
    ["\u202Ae\u202Bm\u202Cb\u202Ded", "embed"],
    ["zero\u200B\u200C\u200D\u200E\u200Fwidth\u2060\uFEFF", "zerowidth"],
    ["nul\u0000 bell\u0007 esc\u001B[31m c1\u0085\u009B", "nul bell esc\\[31m c1"],
    ["tab\tkept", "tab\tkept"],
    ["👩‍💻 team", "👩‍💻 team"],
  ])("%j → %j", (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });
});

describe("toMarkdown with invisible characters in user text", () => {
  /** Every user field laced with bidi controls, zero-width characters and control characters. */
  const HIDDEN = "\u202E\u2066\u200B\u200F\u2060\uFEFF\u0007\u001B\u0085";
  const laced = (text: string): string => `${HIDDEN}${[...text].join("\u200B")}${HIDDEN}`;
  const text: UserText = {
    name: laced("Payments API"),
    assessor: laced("Ada"),
    person: laced("Grace"),
    note: laced("Booked for May"),
    reason: laced("We run no database"),
    pilot: laced("payments"),
    exceptions: laced("none agreed"),
  };
  const markdown = markdownFor(text);

  it("carries none of them", () => {
    expect(markdown).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F\u2060\uFEFF]/);
    expect(markdown).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
  });

  it("is the very document the same text makes without them", () => {
    expect(markdown).toBe(markdownFor(PLAIN));
  });
});

describe("toMarkdown with any user text", () => {
  const specials = fc.constantFrom(
    "#",
    "|",
    "*",
    "_",
    "[",
    "]",
    "(",
    ")",
    "<",
    ">",
    "`",
    "\n",
    "\r",
    "- ",
    "1. ",
    "\\",
    "&",
    "!",
    " ",
    "---",
  );
  const userText = fc.oneof(
    fc.string({ unit: anyChar, maxLength: 40 }),
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.array(fc.oneof(specials, fc.string({ maxLength: 4 })), { maxLength: 12 }).map((parts) => parts.join("")),
  );
  const texts = fc.record({
    name: userText.filter((name) => name.trim().length > 0),
    assessor: userText.filter((assessor) => assessor.length > 0),
    person: userText.filter((person) => person.length > 0),
    note: userText.filter((note) => note.length > 0),
    reason: userText,
    pilot: userText.filter((pilot) => pilot.trim().length > 0),
    exceptions: userText.filter((exceptions) => exceptions.trim().length > 0),
  });
  const plainShapes = shapes(markdownFor(PLAIN));

  it("never changes the document's structure", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const markdown = markdownFor(text);
        expect(shapes(markdown)).toEqual(plainShapes);
        expect(markdown).not.toMatch(/<[a-z!/?]/i);
        expect(markdown).not.toMatch(
          /[\u202A-\u202E\u2066-\u2069\u200B\u200C\u200E\u200F\u2060\uFEFF\u0000-\u0008\u000B-\u001F\u007F-\u009F]/,
        );
      }),
      { numRuns: 150 },
    );
  });
});
