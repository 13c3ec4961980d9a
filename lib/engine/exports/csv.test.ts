/**
 * CSV: RFC 4180 structure that no text can break, and no cell a spreadsheet would run as
 * a formula. A strict RFC 4180 reader written here reads every export back.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Assessment } from "../assessment";
import { fixtureQuestionnaire } from "../test-fixtures/fixture-questionnaire";
import { parseCsv } from "../test-fixtures/strict-csv";
import { withoutInvisibleControls } from "../visible-text";
import { csvCell, neutraliseFormula, toCsv } from "./csv";
import { assess } from "../assess/assess";
import { exportDocument } from "./export-document";
import { decidedView, MOMENT, viewWith } from "./adr/decisions-fixture";
import { PLAN_CSV_HEADER, planToCsv } from "./plan-csv";

// Any code point but a lone surrogate (fast-check's "binary" unit takes seconds to set up).
const anyChar = fc
  .oneof(fc.integer({ min: 0, max: 0xd7ff }), fc.integer({ min: 0xe000, max: 0x10ffff }))
  .map((code) => String.fromCodePoint(code));

describe("csvCell: RFC 4180 quoting", () => {
  it.each<[string | number, string]>([
    ["plain text", "plain text"],
    ["", ""],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['"', '""""'],
    ["two\nlines", '"two\nlines"'],
    ["two\r\nlines", '"two\r\nlines"'],
    ["carriage\rreturn", '"carriage\rreturn"'],
    ["Grüße, 日本 🚢", '"Grüße, 日本 🚢"'],
    [42, "42"],
    [0, "0"],
  ])("%j → %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("ends every row, the last one too, with CRLF", () => {
    expect(
      toCsv([
        ["a", "b"],
        ["c", 1],
      ]),
    ).toBe("a,b\r\nc,1\r\n");
    expect(toCsv([["x\ny", "z"]])).toBe('"x\ny",z\r\n');
  });
});

describe("formula neutralising", () => {
  it.each<[string, string]>([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['=HYPERLINK("http://evil.example","x")', '\'=HYPERLINK("http://evil.example","x")'],
    ["@SUM(1+1)", "'@SUM(1+1)"],
    ["+1", "'+1"],
    ["-2", "'-2"],
    ["\tindented", "'\tindented"],
    ["\rcarriage", "'\rcarriage"],
    ["=", "'="],
    ["a=1", "a=1"],
    [" =1", " =1"],
    ["'quoted already", "'quoted already"],
    ["plain", "plain"],
  ])("%j → %j", (value, expected) => {
    expect(neutraliseFormula(value)).toBe(expected);
  });

  it.each<[string | number, string]>([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ["=1,2", '"\'=1,2"'],
    ['@x "y"', '"\'@x ""y"""'],
    ["\r\n=1", '"\'\r\n=1"'],
    ["\t", "'\t"],
    [-2, "'-2"],
  ])("a cell %j is neutralised, then quoted: %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("neutralises every cell of a row, wherever it sits", () => {
    const csv = toCsv([["=1", "@2", "+3", "-4", "\t5", "\r6", "7"]]);
    expect(parseCsv(csv)).toEqual([["'=1", "'@2", "'+3", "'-4", "'\t5", "'\r6", "7"]]);
  });
});

describe("characters that draw nothing", () => {
  it.each<[string, string]>([
    ["pay\u202Emoc.exe", "paymoc.exe"], // a right-to-left override would show "payexe.com"
    ["\u2066isolated\u2069 \u2067rtl\u2069 \u2068first\u2069", "isolated rtl first"],
    ["\u202Aemb\u202Bedded\u202C \u202Doverride\u202C", "embedded override"],
    ["zero\u200Bwidth\u200C \u200Djoin\u200E\u200F \u2060word \uFEFFbom", "zerowidth join word bom"],
    ["bell\u0007 escape\u001B[31m del\u007F c1\u0085\u009B", "bell escape[31m del c1"],
    ["tab\tand\r\nbreaks\nstay", '"tab\tand\r\nbreaks\nstay"'],
    ["team 👩‍💻 and 🏳️‍🌈", "team 👩‍💻 and 🏳️‍🌈"],
  ])("are dropped from a cell: %j → %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("cannot hide a formula from the neutralising", () => {
    expect(csvCell('\u200B=HYPERLINK("http://evil.example")')).toBe('"\'=HYPERLINK(""http://evil.example"")"');
    expect(csvCell("\u202E\uFEFF@SUM(1)")).toBe("'@SUM(1)");
    expect(csvCell("\u0000+1")).toBe("'+1");
  });
});

describe("CSV structure survives any text", () => {
  const tricky = fc.constantFrom(
    '"',
    ",",
    "\r",
    "\n",
    "\r\n",
    "=",
    "+",
    "-",
    "@",
    "\t",
    "'",
    " ",
    "é",
    "🚢",
    "\u2028",
    "\u0000",
    "\u202E",
    "\u200B",
    "\u2066",
  );
  const cellText = fc.oneof(
    fc.string({ unit: anyChar, maxLength: 30 }),
    fc.string({ unit: "grapheme", maxLength: 30 }),
    fc.string({ unit: tricky, maxLength: 12 }),
    fc.array(fc.oneof(tricky, fc.string({ maxLength: 3 })), { maxLength: 8 }).map((parts) => parts.join("")),
  );
  const cell = fc.oneof({ weight: 5, arbitrary: cellText }, { weight: 1, arbitrary: fc.integer({ min: -1000, max: 1000 }) });
  const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 });

  it("reads back as exactly the cells written, after neutralising", () => {
    fc.assert(
      fc.property(rows, (written) => {
        const read = parseCsv(toCsv(written));
        expect(read).toEqual(written.map((row) => row.map((value) => neutraliseFormula(withoutInvisibleControls(String(value))))));
      }),
      { numRuns: 500 },
    );
  });

  it("never leaves a cell that starts like a formula", () => {
    fc.assert(
      fc.property(rows, (written) => {
        for (const row of parseCsv(toCsv(written))) {
          for (const value of row) {
            expect(value).not.toMatch(/^[=+\-@\t\r]/);
            expect(value).toBe(withoutInvisibleControls(value));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("planToCsv", () => {
  const assessment: Assessment = {
    id: "a",
    name: "Payments",
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-02T00:00:00.000Z",
    contentVersion: fixtureQuestionnaire.version,
    answers: { "storage.stateful": "yes", "storage.kinds": ["database"], "storage.backup": "none" },
    decisions: {
      "pick-pilot": { status: "not-applicable", reason: "=cmd|' /C calc'!A0", person: "@SUM(1+1)", note: "+1" },
      backups: { status: "done", person: "-2", note: "\tline one\nline two", reason: "kept only when not applicable" },
    },
  };
  const rows = parseCsv(planToCsv(exportDocument(assess(fixtureQuestionnaire, assessment), new Date("2026-03-01T00:00:00Z"))));

  it("writes the header, then one row per planned action in plan order", () => {
    expect(rows[0]).toEqual([...PLAN_CSV_HEADER]);
    expect(rows.slice(1).map((row) => row[2])).toEqual([
      "Title of pick-pilot",
      "Title of managed-database",
      "Title of backups",
      "Title of restore-drill",
    ]);
    expect(rows.slice(1).map((row) => row[1])).toEqual(["1", "2", "3", "4"]);
    for (const row of rows) expect(row).toHaveLength(PLAN_CSV_HEADER.length);
  });

  it("neutralises hostile people, notes and reasons, and keeps a reason only when not applicable", () => {
    const [, pilot, , backups, drill] = rows;
    expect(pilot).toEqual([
      "Decide",
      "1",
      "Title of pick-pilot",
      "Architecture",
      "'@SUM(1+1)",
      "S",
      "Critical",
      "Not applicable",
      "",
      "",
      "'+1",
      "'=cmd|' /C calc'!A0",
      "1–3 days",
      // Ruled out, so not among the actions to start with.
      "",
      "",
      // No answer came from the team's files.
      "",
    ]);
    expect(backups?.slice(4)).toEqual([
      "'-2",
      "M",
      "Critical",
      "Done",
      "Data is lost with the container",
      "Title of managed-database",
      "'\tline one\nline two",
      "",
      "1–2 weeks",
      "",
      "",
      "",
    ]);
    expect(drill?.slice(4, 8)).toEqual(["", "S", "Critical", "To do"]);
  });

  it("marks the actions to start with by their place among them, with why now", () => {
    const start = rows.slice(1).map((row) => [row[2], row[13], row[14]]);
    expect(start).toEqual([
      ["Title of pick-pilot", "", ""],
      ["Title of managed-database", "1", "Mitigates “Data is lost with the container”, a critical risk."],
      ["Title of backups", "", ""],
      ["Title of restore-drill", "2", "Mitigates “Data is lost with the container”, a critical risk."],
    ]);
  });
});

describe("planToCsv with risk decisions", () => {
  const rowsOf = (view: typeof decidedView) => parseCsv(planToCsv(exportDocument(view, MOMENT.now)));
  const rows = rowsOf(decidedView);
  const column = (name: (typeof PLAN_CSV_HEADER)[number]) => PLAN_CSV_HEADER.indexOf(name);
  const row = (action: string) => rows.find((cells) => cells[column("Action")] === action) ?? [];

  it("keeps the header, sets aside actions whose risks are all settled, and says how each settled risk is", () => {
    expect(rows[0]).toEqual([...PLAN_CSV_HEADER]);
    expect(row("Title of backups")[column("Priority")]).toBe("Set aside");
    expect(row("Title of backups")[column("Status")]).toBe("To do");
    expect(row("Title of backups")[column("Risks")]).toBe("Data is lost with the container (accepted)");
    // Due for review: back to an ordinary risk, with its priority.
    expect(row("Title of pick-pilot")[column("Priority")]).toBe("High");
    expect(row("Title of pick-pilot")[column("Risks")]).toBe("Building tools nobody can run");
  });

  it("writes the same cells as before when nothing is decided", () => {
    const plain = rowsOf(viewWith({}));
    expect(plain.flat().some((cell) => /Set aside|\(accepted\)/.test(cell))).toBe(false);
    expect(plain.map((cells) => cells[column("Risks")])).toContain("Data is lost with the container");
  });
});
