import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { questionnaire } from "@/content/questionnaire";
import { smallTeamToKubernetes } from "@/content/scenarios/teams";
import type { Answers } from "@/lib/engine";
import { answerArea } from "./support/answer-questions";
import { expectNoAxeViolations } from "./support/axe";
import { downloadExport, parseCsv } from "./support/exports";
import { pageSettled } from "./support/page-settled";
import { readAssessments } from "./support/seed-records";

const FIXTURES = "e2e/fixtures/evidence";
const DOCKERFILE = `${FIXTURES}/Dockerfile`;
const DEPLOYMENT = `${FIXTURES}/deployment.yaml`;

/** The 1-based line of a fixture that starts with `text`, so the test states the line it expects to be cited. */
function lineOf(path: string, text: string): number {
  const index = readFileSync(path, "utf8")
    .split("\n")
    .findIndex((line) => line.trim().startsWith(text));
  if (index < 0) throw new Error(`${text} is not in ${path}`);
  return index + 1;
}

const USER_ROOT = `Dockerfile, line ${lineOf(DOCKERFILE, "USER root")}: USER root`;
const SHELL_CMD = `Dockerfile, line ${lineOf(DOCKERFILE, "CMD java")}`;

async function startFromFiles(page: Page, name: string): Promise<void> {
  await page.goto("/");
  await pageSettled(page);
  await page.getByLabel("What are you assessing?").fill(name);
  await page.getByRole("button", { name: "Start from your files" }).click();
  await expect(page).toHaveURL(/\/assess\/evidence$/);
  await expect(page.getByRole("heading", { level: 1, name: "Answer from your files" })).toBeVisible();
  await expect(page.getByText("Nothing leaves your browser.")).toBeVisible();
}

async function giveFiles(page: Page, ...paths: string[]): Promise<void> {
  await page.getByLabel("Choose files, or drop them here").setInputFiles(paths);
  await expect(page.getByRole("heading", { name: "What your files show" })).toBeVisible();
}

/** Every question the proposals answer, read from the page's fieldsets (their legends are the prompts). */
async function proposedQuestions(page: Page): Promise<string[]> {
  const legends = await page.locator("fieldset.proposal > legend").allInnerTexts();
  return legends.map((prompt) => questionnaire.questions.find((question) => question.prompt === prompt.trim())?.id ?? prompt);
}

test("a new team answers from its Dockerfile and Deployment, finishes by hand, and every page and export cites the files", async ({
  page,
}) => {
  await startFromFiles(page, "Payments API");
  await giveFiles(page, DOCKERFILE, DEPLOYMENT);
  await expect(page.getByText("2 of 2 files read.")).toBeVisible();

  const proposal = (prompt: string) => page.locator("fieldset.proposal").filter({ has: page.locator("legend", { hasText: prompt }) });
  const runAs = proposal("What user will the containers run as?");
  await expect(runAs.getByText("Your files say: Root, the default")).toBeVisible();
  await expect(runAs.getByText("Dockerfile, line 11")).toBeVisible();
  await expect(
    proposal("What will run as PID 1 inside the container?").getByText("Your files say: A shell or start-up script"),
  ).toBeVisible();
  await expect(
    proposal("Can the application tell the platform whether it is alive").getByText("Your files say: Yes: separate liveness"),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  const proposed = await proposedQuestions(page);
  expect(proposed).toEqual(
    expect.arrayContaining(["security.run-as", "app-knowledge.pid1", "app-knowledge.health", "app-knowledge.secrets", "ownership.tagging"]),
  );
  // Nothing is saved before Apply.
  expect((await readAssessments(page))[0]?.answers).toEqual({});

  await page.getByRole("button", { name: `Apply ${proposed.length} answers` }).click();
  await expect(page.getByRole("heading", { name: "Answers applied" })).toBeVisible();
  await expect(page.getByText(`${proposed.length} answers accepted from your files.`)).toBeVisible();
  const [saved] = await readAssessments(page);
  expect(saved?.answers["security.run-as"]).toBe("root");
  expect(saved?.evidence?.["security.run-as"]).toBe(USER_ROOT);
  expect(saved?.evidence?.["app-knowledge.pid1"]).toContain(SHELL_CMD);

  // The rest by hand: the team's other answers, area by area, leaving the accepted ones as they are.
  const byHand: Answers = Object.fromEntries(Object.entries(smallTeamToKubernetes).filter(([id]) => !proposed.includes(id)));
  await page.getByRole("link", { name: "Answer the rest" }).click();
  for (const area of questionnaire.areas) {
    if (!page.url().includes(`/assess/${area.id}`)) await page.goto(`/assess/${area.id}`);
    await answerArea(page, area.id, byHand);
  }
  await expect(page).toHaveURL(/\/assess\/review$/);
  await expect(page.getByText(`From ${USER_ROOT}`)).toBeVisible();

  await page.goto("/results");
  await pageSettled(page);
  await expect(page.locator(".risk__why").getByText(`From ${USER_ROOT}`).first()).toBeVisible();

  const markdown = await downloadExport(page, "Markdown");
  expect(markdown.text).toContain("## Answers from the team's files");
  expect(markdown.text).toContain("Dockerfile, line 11: USER root");
  const csv = parseCsv((await downloadExport(page, "CSV (plan)")).text);
  const fromFiles = csv[0]?.indexOf("From the team's files") ?? -1;
  expect(fromFiles).toBeGreaterThan(0);
  expect(csv.slice(1).some((row) => (row[fromFiles] ?? "").includes("Dockerfile, line 11: USER root"))).toBe(true);
  const json = JSON.parse((await downloadExport(page, "JSON")).text) as { assessment: { evidence?: Record<string, string> } };
  expect(json.assessment.evidence?.["security.run-as"]).toBe(USER_ROOT);

  await page.goto("/print");
  await pageSettled(page);
  await expect(page.getByRole("heading", { name: "Answers from the team’s files" })).toBeVisible();
  await expect(page.getByRole("cell", { name: USER_ROOT })).toBeVisible();

  // Changing an evidenced answer by hand drops its citation: it no longer comes from the files.
  await page.goto("/assess/security");
  await pageSettled(page);
  await expect(page.getByText(`From ${USER_ROOT}. Changing the answer here makes it yours.`)).toBeVisible();
  await page.getByRole("group", { name: "What user will the containers run as?" }).getByLabel("A non-root user").check();
  await expect.poll(async () => (await readAssessments(page))[0]?.answers["security.run-as"]).toBe("non-root");
  const [changed] = await readAssessments(page);
  expect(changed?.answers["security.run-as"]).toBe("non-root");
  expect(changed?.evidence?.["security.run-as"]).toBeUndefined();
  expect(changed?.evidence?.["app-knowledge.pid1"]).toContain(SHELL_CMD);
});

test("rejected proposals change nothing, and an answer already given is shown beside a differing proposal", async ({ page }) => {
  await startFromFiles(page, "Payments API");
  await page.goto("/assess/security");
  await pageSettled(page);
  await page.getByRole("group", { name: "What user will the containers run as?" }).getByLabel("A non-root user").check();
  await expect.poll(async () => (await readAssessments(page))[0]?.answers["security.run-as"]).toBe("non-root");
  await page.goto("/assess/evidence");
  await pageSettled(page);
  await giveFiles(page, DOCKERFILE, DEPLOYMENT);

  const runAs = page
    .locator("fieldset.proposal")
    .filter({ has: page.locator("legend", { hasText: "What user will the containers run as?" }) });
  await expect(runAs.getByText("Your answer differs:")).toBeVisible();
  await expect(runAs.getByText("A non-root user", { exact: false })).toBeVisible();
  // Shown, not taken: the team's own answer is kept unless the proposal is accepted.
  await expect(runAs.getByLabel("Reject: keep your answer")).toBeChecked();

  const before = (await readAssessments(page))[0];
  await page.getByRole("button", { name: "Reject all" }).click();
  await page.getByRole("button", { name: "Apply: change nothing" }).click();
  await expect(page.getByRole("heading", { name: "Nothing was changed" })).toBeVisible();
  const after = (await readAssessments(page))[0];
  expect(after?.answers).toEqual(before?.answers);
  expect(after?.answers).toEqual({ "security.run-as": "non-root" });
  expect(after?.evidence).toBeUndefined();
});

test("files that are not artefacts are refused with a reason and add nothing; pasted text is read too", async ({ page }) => {
  await startFromFiles(page, "Odd files");
  await giveFiles(page, `${FIXTURES}/binary.bin`, `${FIXTURES}/bomb.yaml`);
  await expect(page.getByText("0 of 2 files read.")).toBeVisible();
  await expect(page.getByText("It is a binary file, not text")).toBeVisible();
  await expect(page.getByText(/too many aliases/)).toBeVisible();
  await expect(page.locator("fieldset.proposal")).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Read the pasted text" }).click();
  await expect(page.getByText("Paste a Dockerfile, a Compose file or Kubernetes YAML first.")).toBeVisible();
  await page.getByLabel("Or paste a file’s text").fill("FROM node:22\nCOPY . /app\nCMD node /app/server.js\n");
  await page.getByLabel("Its name (optional)").fill("web/Dockerfile");
  await page.getByRole("button", { name: "Read the pasted text" }).click();
  await expect(page.getByText("1 of 3 files read.")).toBeVisible();
  await expect(page.locator("fieldset.proposal").filter({ hasText: "web/Dockerfile, line 3" }).first()).toBeVisible();
  expect((await readAssessments(page))[0]?.answers).toEqual({});
});

test("the page works at 320 px and by keyboard", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await startFromFiles(page, "Narrow");
  await giveFiles(page, DOCKERFILE);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(320);
  const accept = page.locator("fieldset.proposal input[type=radio]:checked").first();
  await accept.focus();
  await page.keyboard.press("ArrowDown");
  await expect(
    page
      .locator("fieldset.proposal")
      .first()
      .getByLabel(/^Reject/),
  ).toBeChecked();
  await page.keyboard.press("ArrowDown");
  await expect(page.locator("fieldset.proposal").first().getByRole("group", { name: "Your answer instead" })).toBeVisible();
  await expectNoAxeViolations(page);
});
