/** The Azure Boards CSV: its importer's columns, a Feature per phase with its stories indented under it, inert HTML. */
import { describe, expect, it } from "vitest";
import { AZURE_PRIORITIES, toAzureBoardsCsv } from "./azure-csv";
import { actionsOf, cell, hostileDocument, parseCsv, records, withReferences, type CsvRecord } from "./test-support";

const doc = hostileDocument();
const read = (include: "open" | "all") => parseCsv(toAzureBoardsCsv(doc, { include }));
const tagsOf = (row: CsvRecord) => cell(row, "Tags").split("; ");
const story = (rows: CsvRecord[], title: string) => rows.find((row) => cell(row, "Title 2") === title) ?? new Map();

describe("toAzureBoardsCsv", () => {
  it("names its columns as the Azure Boards import does, titles indented for the hierarchy", () => {
    expect(read("open")[0]).toEqual(["ID", "Work Item Type", "Title 1", "Title 2", "Description", "Priority", "Tags"]);
  });

  it("reads back as RFC 4180 with every row as long as the header", () => {
    for (const include of ["open", "all"] as const) {
      const [header = [], ...rows] = read(include);
      for (const row of rows) expect(row).toHaveLength(header.length);
    }
  });

  it("writes each phase as a Feature (Title 1) followed by its actions as User Stories (Title 2), all new (no ID)", () => {
    const rows = records(read("all"));
    const outline = rows.map((row) => [cell(row, "Work Item Type"), cell(row, "Title 1"), cell(row, "Title 2")]);
    expect(outline).toEqual(
      doc.plan.phases.flatMap((phase) => [
        ["Feature", phase.title, ""],
        ...phase.actions.map((action) => ["User Story", "", action.title]),
      ]),
    );
    for (const row of rows) expect(cell(row, "ID")).toBe("");
  });

  it("maps priority to 1–4 and labels to semicolon-separated tags", () => {
    const rows = records(read("all"));
    for (const action of actionsOf(doc)) {
      const row = story(rows, action.title);
      expect(cell(row, "Priority")).toBe(String(AZURE_PRIORITIES[action.priority]));
      expect(tagsOf(row)).toEqual(expect.arrayContaining(["know-before-you-deploy", `phase-${action.phase}`, `owner-${action.owner}`]));
    }
    expect(AZURE_PRIORITIES).toEqual({ critical: 1, high: 2, medium: 3, low: 4, baseline: 4 });
  });

  it("leaves done and not-applicable actions out by default, and tags them with include 'all' (the import makes every item New)", () => {
    const open = records(read("open")).map((row) => cell(row, "Title 2"));
    expect(open).not.toContain("Title of pick-pilot");
    expect(open).not.toContain("Title of backups");
    const all = records(read("all"));
    expect(tagsOf(story(all, "Title of pick-pilot"))).toContain("status-not-applicable");
    expect(tagsOf(story(all, "Title of backups"))).toContain("status-done");
    expect(cell(story(all, "Title of backups"), "Description")).toContain("<li>Status: Done</li>");
    expect(read("all")[0]).not.toContain("State");
  });

  it("names what each story waits on in its description, since the import makes no dependency links", () => {
    const rows = records(read("all"));
    expect(cell(story(rows, "Title of restore-drill"), "Description")).toContain("<li>Depends on: Title of backups</li>");
  });

  it("keeps hostile text inert: no cell starts like a formula, and user words are escaped HTML", () => {
    const text = toAzureBoardsCsv(doc, { include: "all" });
    for (const row of parseCsv(text)) for (const value of row) expect(value).not.toMatch(/^[=+\-@\t\r]/);
    const rows = records(parseCsv(text));
    const database = cell(story(rows, "Title of managed-database"), "Description");
    expect(database).toContain("<li>Person: &quot;; rm -rf ~; echo &quot;</li>");
    expect(database).toContain(
      "<li>Note: $(reboot) `reboot` it&#39;s &#39;quoted&#39; &quot;double&quot; \\ &lt;script&gt;alert(1)&lt;/script&gt;</li>",
    );
    expect(database).not.toContain("<script");
    const pilot = cell(story(rows, "Title of pick-pilot"), "Description");
    expect(pilot).toContain("<li>Not applicable because: =cmd|&#39; /C calc&#39;!A0</li><li>Person: @SUM(1+1)</li><li>Note: +1</li>");
    expect(cell(story(rows, "Title of backups"), "Description")).toContain("<li>Person: -2</li><li>Note: \tline one line two</li>");
    expect(cell(rows[0] ?? new Map(), "Description")).toContain("“Ops&#39; $(reboot) `id` &quot;; rm -rf ~; echo &quot; =1+2 @here #1”");
  });

  it("links web references as HTML anchors, escaped, and drops any other scheme", () => {
    const rows = records(parseCsv(toAzureBoardsCsv(withReferences(doc), { include: "all" })));
    const description = cell(story(rows, "Title of managed-database"), "Description");
    expect(description).toContain('<ul><li><a href="https://example.com/a_b?x=1&amp;y=2">Guide [part|1] *bold* &lt;b&gt;</a></li></ul>');
    expect(description).not.toContain("javascript:");
  });
});
