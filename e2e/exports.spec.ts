import { expect, test, type Page } from "@playwright/test";
import { codebooks } from "@/content/link-codebooks";
import { idHistory } from "@/content/id-history";
import { questionnaire } from "@/content/questionnaire";
import { smallTeamToKubernetes } from "@/content/scenarios/teams";
import { type Answers, type Decision, decodeLink } from "@/lib/engine";
import { walkTeam } from "./support/answer-questions";
import { downloadExport, markdownCellCount, markdownTables, parseCsv, planOnPage, type Downloaded } from "./support/exports";
import { DONE_ACTION, HOSTILE, HOSTILE_STEM, hostileAnswers, hostileDecisions, NOT_APPLICABLE_ACTION } from "./support/hostile";
import { pageSettled } from "./support/page-settled";
import { seedAssessments } from "./support/seed";
import { readAssessments, sortedAnswers } from "./support/seed-records";

/**
 * Today where the test runs, as export file names carry it: the browser's local day, and
 * the browser runs in this machine's zone unless a test sets `timezoneId`
 * (e2e/exports-local-day.spec.ts does, to prove the file names follow it).
 */
const today = (): string => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
};

const CSV_HEADER = [
  "Phase",
  "Order",
  "Action",
  "Owner role",
  "Person",
  "Effort",
  "Priority",
  "Status",
  "Risks",
  "Depends on",
  "Note",
  "Not applicable because",
  "Effort range",
  "Start here",
  "Why now",
  "From the team's files",
];

interface Expected {
  name: string;
  answers: Answers;
  decisions: Record<string, Decision>;
  plan: { id: string; title: string }[];
}

interface ExportSet {
  markdown: Downloaded;
  csv: Downloaded;
  json: Downloaded;
}

async function downloadAll(page: Page): Promise<ExportSet> {
  return {
    markdown: await downloadExport(page, "Markdown"),
    csv: await downloadExport(page, "CSV (plan)"),
    json: await downloadExport(page, "JSON"),
  };
}

/** Markdown escapes undone: what a reader of the rendered document sees. */
const unescapeMarkdown = (text: string): string =>
  text.replace(/\\(.)/g, "$1").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");

function checkCsv(text: string, expected: Expected): void {
  const rows = parseCsv(text);
  expect(rows[0]).toEqual(CSV_HEADER);
  for (const row of rows) expect(row, row.join(",")).toHaveLength(CSV_HEADER.length);
  const body = rows.slice(1);
  expect(body.map((row) => row[2])).toEqual(expected.plan.map((action) => action.title));
  expect(body.map((row) => row[1])).toEqual(expected.plan.map((_, index) => String(index + 1)));
  // No cell may start a spreadsheet formula; user text that would is kept behind an apostrophe.
  for (const cell of body.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  for (const [id, decision] of Object.entries(expected.decisions)) {
    const row = body[expected.plan.findIndex((action) => action.id === id)] ?? [];
    const safe = (value: string | undefined) => (value ? (/^[=+\-@]/.test(value) ? `'${value}` : value) : "");
    // Note and reason; the columns after them (effort range, start here, why now) are checked against the view in components/results/renderers-agree.test.ts.
    expect(row.slice(10, 12)).toEqual([safe(decision.note), decision.status === "not-applicable" ? safe(decision.reason) : ""]);
    expect(row[4]).toBe(safe(decision.person));
    expect(row[7]).toBe(decision.status === "done" ? "Done" : decision.status === "not-applicable" ? "Not applicable" : "To do");
  }
}

function checkMarkdown(text: string, expected: Expected): void {
  expect(text).not.toMatch(/<script/i);
  expect(text).not.toMatch(/<\/?[a-z]/i);
  const h1 = text.split("\n").filter((line) => line.startsWith("# "));
  expect(h1).toHaveLength(1);
  expect(h1[0]).toBe(`# Container adoption assessment: ${escapedLine(expected.name)}`);
  expect(unescapeMarkdown(h1[0] ?? "")).toBe(`# Container adoption assessment: ${expected.name}`);
  for (const table of markdownTables(text)) {
    const columns = markdownCellCount(table[0] ?? "");
    for (const line of table) expect(markdownCellCount(line), line).toBe(columns);
  }
  const headings = [...text.matchAll(/^#### (\d+)\. (.*)$/gm)];
  expect(headings.map((match) => match[2])).toEqual(expected.plan.map((action) => action.title));
  expect(headings.map((match) => match[1])).toEqual(expected.plan.map((_, index) => String(index + 1)));
  for (const [id, decision] of Object.entries(expected.decisions)) {
    const section = text.slice(text.indexOf(`. ${expected.plan.find((action) => action.id === id)?.title}\n`));
    const body = section.slice(0, section.indexOf("\n####"));
    if (decision.note) expect(body).toContain(`**Note:** ${escapedLine(decision.note)}`);
    if (decision.reason) expect(body).toContain(`**Not applicable because:** ${escapedLine(decision.reason)}`);
    if (decision.person) {
      const row = text.split("\n").find((line) => line.includes(`| ${expected.plan.find((action) => action.id === id)?.title} |`));
      expect(unescapeMarkdown(row ?? "")).toContain(`| ${decision.person} |`);
    }
  }
}

/** User text as the Markdown export must write it: on one line, HTML and Markdown punctuation escaped. */
const escapedLine = (text: string): string =>
  text
    .replace(/\r\n?|\n/g, " ")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, (match) => `\\${match}`);

function checkJson(text: string, expected: Expected): void {
  const file = JSON.parse(text) as {
    format: string;
    formatVersion: number;
    assessment: { name: string; answers: Answers; decisions: Record<string, Decision> };
    computed: { plan: { id: string; order: number; title: string }[] };
  };
  expect(file.format).toBe("know-before-you-deploy/assessment");
  expect(file.formatVersion).toBe(1);
  expect(file.assessment.name).toBe(expected.name);
  expect(file.assessment.decisions).toEqual(expected.decisions);
  expect(sortedAnswers(file.assessment.answers)).toEqual(sortedAnswers(expected.answers));
  expect(file.assessment.answers["scope.pilot-name"]).toBe(expected.answers["scope.pilot-name"]);
  expect(file.computed.plan.map((action) => [action.order, action.id, action.title])).toEqual(
    expected.plan.map((action, index) => [index + 1, action.id, action.title]),
  );
}

function checkAll(files: ExportSet, expected: Expected, stem: string): void {
  expect(files.markdown.fileName).toBe(`${stem}-${today()}.md`);
  expect(files.csv.fileName).toBe(`${stem}-plan-${today()}.csv`);
  expect(files.json.fileName).toBe(`${stem}-${today()}.json`);
  checkCsv(files.csv.text, expected);
  checkMarkdown(files.markdown.text, expected);
  checkJson(files.json.text, expected);
}

async function decide(page: Page, actionId: string, decision: Decision): Promise<void> {
  const item = page.locator(`[id="action-${actionId}"]`);
  await item.getByLabel(decision.status === "done" ? "Done" : "Not applicable", { exact: true }).check();
  if (decision.reason) await item.getByLabel("Why it does not apply").fill(decision.reason);
  if (decision.person || decision.note) await item.getByRole("button", { name: /Add a person or a note/ }).click();
  if (decision.person) await item.getByLabel("Person taking it on").fill(decision.person);
  if (decision.note) await item.getByLabel("Note").fill(decision.note);
}

test("after a walked journey, every export from the plan and from the results holds the plan in order and keeps hostile text inert", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await walkTeam(page, HOSTILE.name, hostileAnswers);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Adoption plan" })).toBeVisible();
  await pageSettled(page);
  await decide(page, DONE_ACTION, { status: "done", person: HOSTILE.person, note: HOSTILE.note });
  await decide(page, NOT_APPLICABLE_ACTION, { status: "not-applicable", reason: HOSTILE.reason, note: HOSTILE.note });
  const expected: Expected = { name: HOSTILE.name, answers: hostileAnswers, decisions: hostileDecisions, plan: await planOnPage(page) };
  expect(expected.plan.map((action) => action.id)).toEqual(expect.arrayContaining([DONE_ACTION, NOT_APPLICABLE_ACTION]));

  const fromPlan = await downloadAll(page);
  checkAll(fromPlan, expected, HOSTILE_STEM);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Results" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Results" })).toBeVisible();
  const fromResults = await downloadAll(page);
  checkAll(fromResults, expected, HOSTILE_STEM);
  // Both pages export the same thing (only the moment of export differs).
  expect(fromResults.csv.text).toBe(fromPlan.csv.text);
  expect(fromResults.markdown.text).toBe(fromPlan.markdown.text);
  const withoutStamp = (text: string) => ({ ...(JSON.parse(text) as object), exportedAt: undefined });
  expect(withoutStamp(fromResults.json.text)).toEqual(withoutStamp(fromPlan.json.text));
  expect(dialogs).toEqual([]);
});

test("a seeded assessment exports under its own safe name, with every action in plan order", async ({ page }) => {
  const decisions: Record<string, Decision> = { "agree-goals-and-measures": { status: "done", person: "Zoë Ångström" } };
  await seedAssessments(page, [{ name: "Café Zürich — Payments API (EU)", answers: smallTeamToKubernetes, decisions }]);
  await page.goto("/plan");
  await pageSettled(page);
  const plan = await planOnPage(page);
  expect(plan.length).toBeGreaterThan(20);
  const files = await downloadAll(page);
  checkAll(
    files,
    { name: "Café Zürich — Payments API (EU)", answers: smallTeamToKubernetes, decisions, plan },
    "cafe-zurich-payments-api-eu",
  );
});

test("an answer to a follow-up that an earlier answer now hides travels in no export and no result link", async ({ page }) => {
  const SECRET = "Project Nightingale";
  // The pilot was named, then the first workload changed to "Not decided yet", which hides the name's question.
  const answers: Answers = { ...smallTeamToKubernetes, "scope.first-workload": "undecided", "scope.pilot-name": SECRET };
  await seedAssessments(page, [{ name: "Hidden pilot", answers, decisions: { [DONE_ACTION]: { status: "done", note: "kept" } } }]);
  await page.goto("/results");
  await pageSettled(page);

  const files = await downloadAll(page);
  for (const file of Object.values(files)) expect(file.text, file.fileName).not.toContain("Nightingale");
  const json = JSON.parse(files.json.text) as { assessment: { answers: Answers; decisions: Record<string, Decision> } };
  expect(json.assessment.answers["scope.first-workload"]).toBe("undecided");
  expect(Object.keys(json.assessment.answers)).not.toContain("scope.pilot-name");
  expect(json.assessment.decisions).toEqual({ [DONE_ACTION]: { status: "done", note: "kept" } });

  await page.getByRole("button", { name: "Copy result link" }).click();
  const field = page.getByLabel("Result link");
  await expect(field).toHaveValue(/\/shared#/);
  const url = await field.inputValue();
  const decoded = decodeLink(url.slice(url.indexOf("#") + 1), codebooks, idHistory, questionnaire);
  if (!decoded.ok) throw new Error(decoded.detail);
  expect(decoded.assessment.answers["scope.first-workload"]).toBe("undecided");
  expect(Object.keys(decoded.assessment.answers)).not.toContain("scope.pilot-name");
  expect(sortedAnswers(decoded.assessment.answers)).toEqual(sortedAnswers(json.assessment.answers));

  // The recipient's copy holds no trace of it either.
  await page.goto(new URL(url).pathname + new URL(url).hash);
  await page.getByRole("button", { name: "Save a copy to this browser" }).click();
  await expect(page.getByRole("status").filter({ hasText: "A copy is saved in this browser." })).toBeVisible();
  const copies = (await readAssessments(page)).filter((assessment) => assessment.id !== "seed-0");
  expect(copies).toHaveLength(1);
  expect(JSON.stringify(copies[0])).not.toContain("Nightingale");
  // The sender's own record keeps the stored answer, should the first workload change back.
  const own = (await readAssessments(page)).find((assessment) => assessment.id === "seed-0");
  expect(own?.answers["scope.pilot-name"]).toBe(SECRET);
});
