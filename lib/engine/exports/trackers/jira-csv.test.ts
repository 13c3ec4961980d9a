/** The Jira CSV: the importer's own column names, an epic per phase, parents and "blocks" links by Issue ID, inert text. */
import { describe, expect, it } from "vitest";
import { EFFORT_DAYS } from "../../plan";
import { JIRA_PRIORITIES, toJiraCsv } from "./jira-csv";
import { actionsOf, cell, cells, hostileDocument, parseCsv, records, withReferences, type CsvRecord } from "./test-support";

const doc = hostileDocument();
const read = (include: "open" | "all") => parseCsv(toJiraCsv(doc, { include }));
const byType = (rows: CsvRecord[], type: string) => rows.filter((row) => cell(row, "Issue Type") === type);
const taskTitled = (rows: CsvRecord[], title: string) => rows.find((row) => cell(row, "Summary") === title);

describe("toJiraCsv", () => {
  it("names its columns as Jira's importer does, repeating Labels and Blocks for several values", () => {
    expect(read("all")[0]).toEqual([
      "Issue ID",
      "Issue Type",
      "Summary",
      "Description",
      "Priority",
      "Parent",
      "Original Estimate",
      ...Array.from({ length: 7 }, () => "Labels"),
      ...Array.from({ length: 2 }, () => "Blocks"),
    ]);
  });

  it("reads back as RFC 4180 with every row as long as the header", () => {
    for (const include of ["open", "all"] as const) {
      const [header = [], ...rows] = read(include);
      for (const row of rows) expect(row).toHaveLength(header.length);
    }
  });

  it("puts one epic per phase first, then a task per action whose parent is its phase's epic", () => {
    const rows = records(read("all"));
    const epics = byType(rows, "Epic");
    expect(epics.map((row) => cell(row, "Summary"))).toEqual(doc.plan.phases.map((phase) => phase.title));
    expect(rows.slice(0, epics.length)).toEqual(epics);
    const epicOf = new Map(epics.map((row) => [cell(row, "Summary"), cell(row, "Issue ID")]));
    const tasks = byType(rows, "Task");
    expect(tasks.map((row) => cell(row, "Summary"))).toEqual(actionsOf(doc).map((action) => action.title));
    for (const action of actionsOf(doc)) {
      const task = taskTitled(tasks, action.title);
      expect(cell(task ?? new Map(), "Parent")).toBe(epicOf.get(action.phaseTitle));
      expect(cells(task ?? new Map(), "Labels")).toContain(`phase-${action.phase}`);
    }
    const ids = rows.map((row) => cell(row, "Issue ID"));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("links each action to the ones waiting on it, so each dependency reads 'is blocked by'", () => {
    const tasks = byType(records(read("all")), "Task");
    const idOf = (title: string) => cell(taskTitled(tasks, title) ?? new Map(), "Issue ID");
    const blocks = Object.fromEntries(tasks.map((row) => [cell(row, "Summary"), cells(row, "Blocks")]));
    expect(blocks).toEqual({
      "Title of pick-pilot": [idOf("Title of managed-database"), idOf("Title of image-scanning")],
      "Title of managed-database": [idOf("Title of backups")],
      "Title of backups": [idOf("Title of restore-drill")],
      "Title of image-scanning": [idOf("Title of sandboxed-runtime")],
      "Title of restore-drill": [],
      "Title of sandboxed-runtime": [],
    });
  });

  it("leaves done and not-applicable actions out by default, with no link left pointing at them", () => {
    const rows = records(read("open"));
    expect(byType(rows, "Task").map((row) => cell(row, "Summary"))).toEqual([
      "Title of managed-database",
      "Title of image-scanning",
      "Title of restore-drill",
      "Title of sandboxed-runtime",
    ]);
    const blocks = byType(rows, "Task").flatMap((row) => cells(row, "Blocks"));
    const sandbox = cell(taskTitled(rows, "Title of sandboxed-runtime") ?? new Map(), "Issue ID");
    expect(blocks).toEqual([sandbox]);
    expect(rows.flatMap((row) => cells(row, "Labels")).filter((label) => label.startsWith("status-"))).toEqual([]);
  });

  it('keeps them with include "all", marked by a label and in the description', () => {
    const rows = records(read("all"));
    const pilot = taskTitled(rows, "Title of pick-pilot") ?? new Map();
    const backups = taskTitled(rows, "Title of backups") ?? new Map();
    expect(cells(pilot, "Labels")).toContain("status-not-applicable");
    expect(cell(pilot, "Description")).toContain("* Status: Not applicable");
    expect(cells(backups, "Labels")).toContain("status-done");
    expect(cell(backups, "Description")).toContain("* Status: Done");
  });

  it("maps priority and size to Jira's fields, the estimate in seconds of 8-hour days", () => {
    const rows = records(read("all"));
    for (const action of actionsOf(doc)) {
      const task = taskTitled(rows, action.title) ?? new Map();
      expect(cell(task, "Priority")).toBe(JIRA_PRIORITIES[action.priority]);
      expect(cell(task, "Original Estimate")).toBe(String(EFFORT_DAYS[action.effort] * 8 * 3600));
      expect(cells(task, "Labels")).toEqual(expect.arrayContaining([`owner-${action.owner}`, `effort-${action.effort.toLowerCase()}`]));
      for (const label of cells(task, "Labels")) expect(label).toMatch(/^[a-z0-9-]+$/);
    }
    expect(JIRA_PRIORITIES).toEqual({ critical: "Highest", high: "High", medium: "Medium", low: "Low", baseline: "Low" });
  });

  it("describes what to do, why, and the plan's facts, with the named person there rather than as Assignee", () => {
    const rows = records(read("all"));
    const database = cell(taskTitled(rows, "Title of managed-database") ?? new Map(), "Description");
    expect(database).toContain("What to do for managed\\-database.");
    expect(database).toContain("* Mitigates: Data is lost with the container (Critical)");
    expect(database).toContain("* Owner: Architecture");
    expect(database).toContain("* Effort: M (Medium), 1–2 weeks");
    expect(database).toContain("* Depends on: Title of pick\\-pilot");
    expect(read("all")[0]).not.toContain("Assignee");
  });

  it("keeps hostile text inert: no cell starts like a formula, and user words are escaped wiki markup on one line", () => {
    const text = toJiraCsv(doc, { include: "all" });
    for (const row of parseCsv(text)) for (const value of row) expect(value).not.toMatch(/^[=+\-@\t\r]/);
    const rows = records(parseCsv(text));
    const pilot = cell(taskTitled(rows, "Title of pick-pilot") ?? new Map(), "Description");
    expect(pilot).toContain("* Not applicable because: =cmd\\|' /C calc'\\!A0\n");
    expect(pilot).toContain("* Person: @SUM(1\\+1)\n");
    expect(pilot).toContain("* Note: \\+1");
    const backups = cell(taskTitled(rows, "Title of backups") ?? new Map(), "Description");
    expect(backups).toContain("* Person: \\-2\n* Note: \tline one line two");
    const database = cell(taskTitled(rows, "Title of managed-database") ?? new Map(), "Description");
    expect(database).toContain('* Person: "; rm \\-rf \\~; echo "\n');
    expect(database).toContain("* Note: $(reboot) `reboot` it's 'quoted' \"double\" \u29F5 <script>alert(1)</script>");
    const epic = cell(rows[0] ?? new Map(), "Description");
    expect(epic).toContain('for “Ops\' $(reboot) `id` "; rm \\-rf \\~; echo " =1\\+2 @here \\#1”');
  });

  it("links web references as wiki links, their labels escaped, and drops any other scheme", () => {
    const rows = records(parseCsv(toJiraCsv(withReferences(doc), { include: "all" })));
    const description = cell(taskTitled(rows, "Title of managed-database") ?? new Map(), "Description");
    expect(description).toContain("*References*\n* [Guide \\[part\\|1\\] \\*bold\\* <b>|https://example.com/a_b?x=1&y=2]");
    expect(description).not.toContain("javascript:");
  });
});
