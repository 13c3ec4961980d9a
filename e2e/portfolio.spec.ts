/**
 * A portfolio (issue 18): a programme answers the organisation's questions once; three
 * applications start from them (marked as inherited in the wizard); a later change of a
 * programme answer is offered to them and applied only when asked; the heat map and the
 * pilot ranking follow. By keyboard, at 320 px, with axe.
 */
import { expect, test, type Page } from "@playwright/test";
import { questionnaire } from "@/content/questionnaire";
import { legacyMonolith, smallTeamToKubernetes, statelessService } from "@/content/scenarios/teams";
import { programmeQuestionIds, type AnswerValue } from "@/lib/engine";
import { fieldName } from "@/components/ui/field-names";
import { expectNoAxeViolations } from "./support/axe";
import { pageSettled } from "./support/page-settled";

const PROGRAMME = "Retail programme";
const programmeIds = new Set(programmeQuestionIds(questionnaire));

async function choose(page: Page, questionId: string, value: AnswerValue): Promise<void> {
  const name = fieldName(questionId);
  const text = page.locator(`textarea[name="${name}"]`);
  if (await text.count()) return text.fill(String(value));
  for (const option of Array.isArray(value) ? value : [String(value)])
    await page.locator(`input[name="${name}"][value="${option}"]`).check();
}

/** Answers the programme's questions as given, in content order, so follow-ups appear before they are answered. */
async function answerProgramme(page: Page, answers: Record<string, AnswerValue>): Promise<void> {
  for (const question of questionnaire.questions) {
    const value = answers[question.id];
    if (value === undefined || !programmeIds.has(question.id)) continue;
    const field = page.locator(`[name="${fieldName(question.id)}"]`).first();
    if (!(await field.isVisible())) continue;
    await choose(page, question.id, value);
  }
}

function optionLabel(questionId: string, optionId: string): string {
  const question = questionnaire.questions.find((q) => q.id === questionId);
  const label = question && "options" in question ? question.options.find((option) => option.id === optionId)?.label : undefined;
  if (!label) throw new Error(`Test setup: ${questionId} has no option ${optionId}`);
  return label;
}

async function addApplication(page: Page, name: string): Promise<void> {
  const field = page.getByLabel("Name of an application to add");
  await field.fill(name);
  await field.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: `Added “${name}”` })).toBeVisible();
}

async function answerStorage(page: Page, name: string, answers: Record<string, AnswerValue>): Promise<void> {
  await page.goto("/portfolio");
  await pageSettled(page);
  await page.getByRole("button", { name: `Answer its questions (“${name}”)` }).click();
  await expect(page).toHaveURL(/\/assess\/storage/);
  await pageSettled(page);
  await expect(page.getByText(name, { exact: false }).first()).toBeVisible();
  for (const question of questionnaire.questions.filter((q) => q.area === "storage")) {
    const value = answers[question.id];
    if (value === undefined) continue;
    if (
      await page
        .locator(`[name="${fieldName(question.id)}"]`)
        .first()
        .isVisible()
    )
      await choose(page, question.id, value);
  }
}

function heatRow(page: Page, name: string) {
  return page
    .getByRole("table", { name: "Readiness per application and area" })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${name}`) }) });
}

test("a programme, three applications from it, a change passed on, and the heat map and ranking follow", async ({ page }) => {
  await page.goto("/portfolio");
  await pageSettled(page);
  await page.getByRole("button", { name: "Start the programme" }).click();
  await expect(page.getByText("Enter the name of the application or team you are assessing")).toBeVisible();
  await page.getByLabel("Name of the programme").fill(PROGRAMME);
  await page.getByRole("button", { name: "Start the programme" }).click();
  await expect(page.getByRole("heading", { name: `Programme: ${PROGRAMME}` })).toBeVisible();

  await page.getByRole("link", { name: "Answer the programme’s questions" }).click();
  await expect(page).toHaveURL(/\/portfolio\/programme#/);
  await pageSettled(page);
  await expect(page.getByRole("heading", { name: "Storage" })).toHaveCount(0);
  await answerProgramme(page, { ...smallTeamToKubernetes, "scope.breadth": "one-service", "scope.first-workload": "new-stateless" });
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Back to the portfolio" }).first().click();
  await pageSettled(page);

  for (const name of ["Orders", "Billing", "Claims"]) await addApplication(page, name);
  await expect(page.getByRole("heading", { name: "Applications (3)" })).toBeVisible();
  for (const name of ["Orders", "Billing", "Claims"]) await expect(heatRow(page, name)).toHaveCount(1);

  // Orders is stateless and Claims keeps state: each answered in its own storage area, through the wizard.
  await answerStorage(page, "Orders", statelessService);
  await answerStorage(page, "Claims", legacyMonolith);
  // Its programme answers say where they came from.
  await page.goto("/assess/scope");
  await pageSettled(page);
  await expect(page.locator(`#q-scope--breadth`)).toContainText(`Inherited from the programme “${PROGRAMME}”`);

  await page.goto("/portfolio");
  await pageSettled(page);
  const ranking = page.getByRole("region", { name: "Pick the pilot" });
  await expect(ranking.getByRole("listitem").first()).toContainText("Orders");
  await expect(ranking.getByRole("listitem").first()).toContainText("Stateless");
  const scopeBefore = await heatRow(page, "Orders").getByRole("cell").nth(1).innerText();
  // The warnings read the programme's first-wave choice: never the legacy one yet.
  await expect(ranking.getByText(optionLabel("scope.first-workload", "legacy-stateful"), { exact: false })).toHaveCount(0);

  // The programme changes two answers: nothing changes in the applications until asked.
  await page.getByRole("link", { name: "Answer the programme’s questions" }).click();
  await pageSettled(page);
  await choose(page, "scope.breadth", "whole-estate");
  await choose(page, "scope.first-workload", "legacy-stateful");
  await page.getByRole("link", { name: "Back to the portfolio" }).first().click();
  await pageSettled(page);
  const passOn = page.getByRole("region", { name: /Programme answers to pass on/ });
  await expect(passOn).toBeVisible();
  await expect(heatRow(page, "Orders").getByRole("cell").nth(1)).toHaveText(scopeBefore);
  // The ranking already reads the programme's new first-wave choice: a legacy system first, against a stateless top pick.
  await expect(ranking.getByRole("note").filter({ hasText: optionLabel("scope.first-workload", "legacy-stateful") })).toBeVisible();
  await expectNoAxeViolations(page);

  const breadth = passOn.getByRole("group", { name: /How much do you plan to move/ });
  for (const name of ["Orders", "Billing", "Claims"])
    await expect(breadth.getByRole("checkbox", { name: new RegExp(`^${name}`) })).toBeChecked();
  await breadth.getByRole("button", { name: /Apply to 3 applications/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Passed on to" })).toContainText("Orders");
  await expect(heatRow(page, "Orders").getByRole("cell").nth(1)).not.toHaveText(scopeBefore);

  // The first-wave change goes to two of them; Claims keeps what it had, and says so in the wizard.
  const firstWave = passOn.getByRole("group", { name: /What kind of workload goes first/ });
  await firstWave.getByRole("checkbox", { name: /^Claims/ }).uncheck();
  await firstWave.getByRole("button", { name: /Apply to 2 applications/ }).click();
  await expect(page.getByRole("region", { name: /Programme answers to pass on/ }).getByRole("checkbox")).toHaveCount(1);
  await page.getByRole("button", { name: "Answer its questions (“Claims”)" }).click();
  await page.goto("/assess/scope");
  await pageSettled(page);
  await expect(page.locator(`#q-scope--first-workload`)).toContainText("which now answers");
});

test("the portfolio works at 320 px and by keyboard", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto("/portfolio");
  await pageSettled(page);
  const name = page.getByLabel("Name of the programme");
  await name.focus();
  await page.keyboard.type("Keyboard programme");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Programme: Keyboard programme" })).toBeVisible();
  const app = page.getByLabel("Name of an application to add");
  await app.focus();
  await page.keyboard.type("Payments");
  await page.keyboard.press("Enter");
  await expect(heatRow(page, "Payments")).toHaveCount(1);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});
