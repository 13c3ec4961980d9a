/**
 * The three imports over the real questionnaire's plan (dozens of actions, real titles
 * with quotes and punctuation, references): every CSV reads back whole, and the script
 * runs and hands gh every title exactly. References become links, and only web ones.
 */
import { describe, expect, it } from "vitest";
// Real content has the apostrophes, links and long plans a fixture lacks; tests may read content (the engine may not).
// eslint-disable-next-line no-restricted-imports
import { questionnaire } from "@/content/questionnaire";
// eslint-disable-next-line no-restricted-imports
import { legacyMonolith, regulatedPlatform } from "@/content/scenarios/teams";
import { assess } from "../../assess/assess";
import { exportDocument, type ExportDocument } from "../export-document";
import { toAzureBoardsCsv } from "./azure-csv";
import { flag, runWithFakeGh } from "./fake-gh";
import { gitHubIssueBody } from "./github-body";
import { toGitHubScript } from "./github-script";
import { toJiraCsv } from "./jira-csv";
import { actionsOf, HOSTILE, parseCsv } from "./test-support";

function realDocument(answers: typeof legacyMonolith): ExportDocument {
  const view = assess(questionnaire, {
    id: "r",
    name: HOSTILE.name,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-02T00:00:00.000Z",
    contentVersion: questionnaire.version,
    answers,
    decisions: {},
  });
  return exportDocument(view, new Date("2026-03-01T00:00:00Z"));
}

describe.each([
  ["a legacy monolith", legacyMonolith],
  ["a regulated platform", regulatedPlatform],
])("the tracker imports for %s", (_, answers) => {
  const doc = realDocument(answers);
  const actions = actionsOf(doc);

  it("has a plan worth importing, with references to link", () => {
    expect(actions.length).toBeGreaterThan(10);
    expect(actions.some((action) => action.references.length > 0)).toBe(true);
  });

  it("links every web reference in each format", () => {
    const action = actions.find((candidate) => candidate.references.length > 0);
    const reference = action?.references[0];
    if (!action || !reference) throw new Error("no reference in the plan");
    expect(toJiraCsv(doc, { include: "all" })).toContain(`|${reference.url}]`);
    expect(toAzureBoardsCsv(doc, { include: "all" })).toContain(`<a href=""${reference.url.replaceAll("&", "&amp;")}"">`);
    expect(gitHubIssueBody(action)).toContain(`](<${reference.url}>)`);
  });

  it("writes CSVs whose every row is as long as the header", () => {
    for (const csv of [toJiraCsv(doc, { include: "all" }), toAzureBoardsCsv(doc, { include: "all" })]) {
      const [header = [], ...rows] = parseCsv(csv);
      expect(rows.length).toBe(actions.length + doc.plan.phases.length);
      for (const row of rows) expect(row).toHaveLength(header.length);
    }
  });

  it("writes a script that creates every issue with its title and body exactly, and runs nothing but gh", () => {
    const result = runWithFakeGh(toGitHubScript(doc, { include: "all" }), ["/bin/sh"], ["owner/repo"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.calls.every((call) => call.cmd === "gh")).toBe(true);
    const created = result.calls.filter((call) => call.args[0] === "issue" && call.args[1] === "create");
    expect(created.map((call) => flag(call.args, "title")[0])).toEqual(
      [...actions].sort((a, b) => a.order - b.order).map((action) => action.title),
    );
    const inOrder = [...actions].sort((a, b) => a.order - b.order);
    const numberOf = new Map(inOrder.map((action, i) => [action.id, 101 + i]));
    expect(created.map((call) => flag(call.args, "body")[0])).toEqual(
      inOrder.map((action) => {
        const blockers = action.dependsOn.map((id) => `\n- Blocked by #${numberOf.get(id)}`).join("");
        return blockers ? `${gitHubIssueBody(action)}\n\n**Dependencies**\n${blockers}` : gitHubIssueBody(action);
      }),
    );
  });
});
