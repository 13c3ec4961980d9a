/** The programme plan in the single plan's files: each programme action once, application names never raw where a format would read them. */
import { describe, expect, it } from "vitest";
// eslint-disable-next-line no-restricted-imports -- the plan is built from the real content
import { questionnaire } from "@/content/questionnaire";
// eslint-disable-next-line no-restricted-imports -- the scenario teams are real, complete answer sets
import { legacyMonolith, regulatedPlatform, statelessService } from "@/content/scenarios/teams";
import type { Answers } from "../answers";
import type { Assessment } from "../assessment";
import { namedAssessment } from "../test-fixtures/named-assessment";
import { programmePlan } from "../portfolio/programme-plan";
import { parseCsv } from "../test-fixtures/strict-csv";
import { makeProgrammeExport, programmeDocument } from "./programme-export";
import { PLAN_CSV_HEADER } from "./plan-csv";

const app = (id: string, name: string, answers: Answers): Assessment => namedAssessment(id, name, answers, questionnaire.version);

/** A name that would run, link, mention or break a row if written as it is. */
const HOSTILE = "=1+2 | @here [x](https://evil.example) <b>";
const assessments = [
  app("pricing", "Pricing API", statelessService),
  app("orders", HOSTILE, legacyMonolith),
  app("merchants", "Merchants", regulatedPlatform),
];
const input = { questionnaire, assessments, name: "Estate" };
const moment = { now: new Date("2026-12-05T10:00:00Z"), timeZone: "Europe/Amsterdam" };
const plan = programmePlan(questionnaire, assessments, { name: "Estate" });
const programmeTitles = plan.programmeActions.map((entry) => entry.action.title);

describe("the programme plan as Markdown", () => {
  const file = makeProgrammeExport("markdown", input, moment);

  it("lists each programme action once and each application's own under its name", () => {
    expect(file.fileName).toBe("estate-programme-2026-12-05.md");
    expect(file.text).toMatch(/^# Container adoption programme plan: Estate\n/);
    for (const title of programmeTitles) expect(file.text.split(`. ${title}\n`).length - 1, title).toBe(1);
    expect(file.text).toContain("## Merchants\n");
    expect(file.text).toContain("## Pricing API\n\nOne action of its own; it also needs programme actions #1, #2,");
  });

  it("escapes application names wherever they appear", () => {
    expect(file.text).not.toContain(HOSTILE);
    expect(file.text).toContain("## =1\\+2 \\| @here \\[x\\]\\(https://evil\\.example\\) &lt;b&gt;\n");
  });
});

describe("the programme plan as CSV and tracker files", () => {
  it("gives the plan CSV one row per action, programme actions once, application actions titled with their application", () => {
    const rows = parseCsv(makeProgrammeExport("csv", input, moment).text);
    expect(rows[0]).toEqual([...PLAN_CSV_HEADER]);
    const titles = rows.slice(1).map((row) => row[2] ?? "");
    expect(titles).toHaveLength(plan.plan.summary.total);
    for (const title of programmeTitles)
      expect(
        titles.filter((t) => t === title),
        title,
      ).toHaveLength(1);
    expect(titles).toContain("Merchants: Handle SIGTERM and size the grace period");
    // The hostile name starts a title: the cell is neutralised, not read as a formula.
    expect(titles).toContain(`'${HOSTILE}: Handle SIGTERM and size the grace period`);
  });

  it("gives Jira an epic per phase and a task per action, and Azure Boards a story per action", () => {
    const jira = parseCsv(makeProgrammeExport("jira", input, moment).text);
    expect(jira.filter((row) => row[1] === "Task")).toHaveLength(plan.plan.summary.total);
    const azure = parseCsv(makeProgrammeExport("azure-boards", input, moment).text);
    expect(azure.filter((row) => row[1] === "User Story")).toHaveLength(plan.plan.summary.total);
    expect(makeProgrammeExport("jira", input, moment).fileName).toBe("estate-jira-2026-12-05.csv");
  });

  it("writes application names in code spans in GitHub issues, where Markdown would mention or link them", () => {
    const script = makeProgrammeExport("github", input, moment).text;
    expect(script).toContain(`\` ${HOSTILE} \`: Handle SIGTERM and size the grace period`);
    expect(script).not.toMatch(/[^` ]=1\+2 \| @here/);
  });

  it("cites no application's files for another's action", () => {
    const doc = programmeDocument(plan, moment.now);
    expect(doc.risks.flatMap((risk) => risk.why.filter((reason) => reason.evidence !== undefined))).toEqual([]);
    expect(doc.plan).toBe(plan.plan);
  });
});
