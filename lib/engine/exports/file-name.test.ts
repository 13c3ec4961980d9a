/** Export file names: the assessment's name made safe for every file system, and the date. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CalendarDay } from "../calendar-day";
import { exportFileName, safeFileStem } from "./file-name";
import { assess } from "../assess/assess";
import { makeExport } from "./make-export";
import { fixtureQuestionnaire } from "../test-fixtures/fixture-questionnaire";

// Any code point but a lone surrogate (fast-check's "binary" unit takes seconds to set up).
const anyChar = fc
  .oneof(fc.integer({ min: 0, max: 0xd7ff }), fc.integer({ min: 0xe000, max: 0x10ffff }))
  .map((code) => String.fromCodePoint(code));

describe("safeFileStem", () => {
  it.each<[string, string]>([
    ["Payments API", "payments-api"],
    ["  spaced   out  ", "spaced-out"],
    ["Café Crème brûlée", "cafe-creme-brulee"],
    ["Ångström", "angstrom"],
    ["Øresund Straße", "oresund-strasse"],
    ["Łódź Æther Þing", "lodz-aether-thing"],
    ["ﬁle ①", "file-1"],
    ["../../etc/passwd", "etc-passwd"],
    ['a<b>c:d"e/f\\g|h?i*j', "a-b-c-d-e-f-g-h-i-j"],
    ["tab\tnew\nline", "tab-new-line"],
    ["UPPER_and_lower", "upper-and-lower"],
    ["2026 Q1 — review", "2026-q1-review"],
    ["", "assessment"],
    ["   ", "assessment"],
    ["!!!", "assessment"],
    ["日本語", "assessment"],
    ["🚢🚢", "assessment"],
    ["-leading and trailing-", "leading-and-trailing"],
  ])("%j → %j", (name, expected) => {
    expect(safeFileStem(name)).toBe(expected);
  });

  it("caps the stem at 60 characters and never ends it with a dash", () => {
    expect(safeFileStem("a".repeat(100))).toBe("a".repeat(60));
    const cutAtDash = `${"b".repeat(59)} tail`;
    expect(safeFileStem(cutAtDash)).toBe("b".repeat(59));
  });

  it("is always lower-case words joined by single dashes, at most 60 long", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: anyChar, maxLength: 120 }), fc.string({ unit: "grapheme", maxLength: 120 })), (name) => {
        const stem = safeFileStem(name);
        expect(stem).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(stem.length).toBeLessThanOrEqual(60);
      }),
      { numRuns: 300 },
    );
  });
});

describe("exportFileName", () => {
  it.each<[string, CalendarDay, string, string]>([
    ["Payments API", { year: 2026, month: 11, day: 25 }, "csv", "payments-api-2026-11-25.csv"],
    ["", { year: 2026, month: 1, day: 1 }, "json", "assessment-2026-01-01.json"],
    ["Con", { year: 2026, month: 2, day: 3 }, "json", "con-2026-02-03.json"],
  ])("%j on %j as .%s → %s", (name, day, extension, expected) => {
    expect(exportFileName(name, day, extension)).toBe(expected);
  });
});

describe("makeExport", () => {
  const assessment = {
    id: "a",
    name: "Café / Ops",
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-02T00:00:00.000Z",
    contentVersion: fixtureQuestionnaire.version,
    answers: { "scope.goal": "portability", "scope.ops-capacity": 1 },
    decisions: {},
  };
  const now = new Date("2026-04-05T08:00:00Z");

  it.each<["markdown" | "csv" | "json", string, string, RegExp]>([
    ["markdown", "cafe-ops-2026-04-05.md", "text/markdown", /^# Container adoption assessment: Café \/ Ops\n/],
    [
      "csv",
      "cafe-ops-plan-2026-04-05.csv",
      "text/csv",
      /^Phase,Order,Action,Owner role,Person,Effort,Priority,Status,Risks,Depends on,Note,Not applicable because,Effort range,Start here,Why now,From the team's files\r\n/,
    ],
    ["json", "cafe-ops-2026-04-05.json", "application/json", /^\{\n {2}"format": "know-before-you-deploy\/assessment",/],
  ])("%s → %s (%s)", (kind, fileName, mimeType, start) => {
    const file = makeExport(kind, assess(fixtureQuestionnaire, assessment), { now, timeZone: "UTC" });
    expect(file.fileName).toBe(fileName);
    expect(file.mimeType).toBe(mimeType);
    expect(file.text).toMatch(start);
  });

  // Near midnight the UTC date is another day than the user's: the file carries the user's.
  it.each<[string, string, string]>([
    ["2026-03-01T23:30:00Z", "Europe/Berlin", "2026-03-02"], // 00:30 in Berlin
    ["2026-03-02T00:30:00Z", "America/New_York", "2026-03-01"], // 19:30 the evening before
    ["2026-03-01T10:30:00Z", "Pacific/Kiritimati", "2026-03-02"], // UTC+14: already tomorrow
    ["2026-03-01T10:30:00Z", "Pacific/Pago_Pago", "2026-02-28"], // UTC−11: still yesterday
    ["2026-03-28T23:30:00Z", "Europe/London", "2026-03-28"], // GMT, the night before summer time
    ["2026-03-29T23:30:00Z", "Europe/London", "2026-03-30"], // BST: 00:30 the next day
    ["2026-03-01T23:30:00Z", "UTC", "2026-03-01"],
  ])("an export at %s in %s is dated %s, in its file name and in the Markdown", (instant, timeZone, day) => {
    for (const kind of ["markdown", "csv", "json"] as const) {
      const file = makeExport(kind, assess(fixtureQuestionnaire, assessment), { now: new Date(instant), timeZone });
      expect(file.fileName).toMatch(new RegExp(`-${day}\\.(md|csv|json)$`));
      if (kind === "markdown") expect(file.text).toContain(`- **Exported:** ${day}\n`);
      // The JSON keeps the exact instant, which has no zone.
      if (kind === "json") expect(file.text).toContain(`"exportedAt": "${new Date(instant).toISOString()}"`);
    }
  });

  it("dates the Markdown's last change where the user is too", () => {
    const late = { ...assessment, updatedAt: "2026-01-01T23:30:00.000Z" };
    expect(makeExport("markdown", assess(fixtureQuestionnaire, late), { now, timeZone: "Europe/Berlin" }).text).toContain(
      "- **Last changed:** 2026-01-02\n",
    );
    expect(makeExport("markdown", assess(fixtureQuestionnaire, late), { now, timeZone: "UTC" }).text).toContain(
      "- **Last changed:** 2026-01-01\n",
    );
  });
});
