/**
 * Validation, GOV.UK style: an error summary that takes focus and links to each field,
 * "Error: " before the page title, and each field's own message tied to it.
 */
import { expect, test, type Page } from "@playwright/test";
import { questionDomId } from "@/components/ui/field-names";
import { questionnaire } from "@/content/questionnaire";
import { pageSettled } from "./support/page-settled";
import { choice } from "./support/fields";
import { byId } from "./support/saved-state";
import { seedAssessments } from "./support/seed";

const question = (id: string) => {
  const found = questionnaire.questions.find((q) => q.id === id);
  if (!found) throw new Error(`No question ${id}`);
  return found;
};

/** The wording the issue asks for, written out here rather than taken from the app. */
function errorMessageFor(q: { kind: string; prompt: string }): string {
  return q.kind === "multi" ? `Select at least one answer to “${q.prompt}”` : `Select an answer to “${q.prompt}”`;
}

const summaryOf = (page: Page) => page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });

test("Continue without answers lists every problem, links to each field and then lets the user on", async ({ page }) => {
  await seedAssessments(page, [{ name: "Validation service" }]);
  await page.goto("/assess/logging");
  await pageSettled(page);
  const baseTitle = await page.title();
  expect(baseTitle).toContain("Logging");

  await page.getByRole("button", { name: "Continue" }).click();
  const summary = summaryOf(page);
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(`Error: ${baseTitle}`);
  await expect(page).toHaveURL(/\/assess\/logging$/);

  const required = questionnaire.questions.filter((q) => q.area === "logging" && q.required && !q.when);
  expect(required.length).toBeGreaterThanOrEqual(2);
  await expect(summary.getByRole("link")).toHaveText(required.map((q) => errorMessageFor(q)));

  for (const q of required) {
    const message = errorMessageFor(q);
    const id = questionDomId(q.id);
    // The field's own message, tied to its fieldset by aria-describedby.
    await expect(page.locator(byId(id))).toHaveClass(/form-group--error/);
    await expect(page.locator(byId(`${id}-error`))).toHaveText(`Error: ${message}`);
    const fieldset = page.locator(`${byId(id)} fieldset`);
    await expect(fieldset).toHaveAttribute("aria-describedby", new RegExp(`\\b${id}-error\\b`));
    await expect(fieldset).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    // The summary link moves focus to the field's first input.
    await summary.getByRole("link", { name: message }).click();
    await expect(page.locator(byId(`${id}-0`))).toBeFocused();
  }

  // Fixing one answer removes its problem; a follow-up it reveals becomes required in turn.
  await choice(page, "logging.destination", "files").check();
  await expect(summary.getByRole("link")).toHaveCount(required.length - 1);
  await expect(page.locator(byId(`${questionDomId("logging.destination")}-error`))).toHaveCount(0);
  await choice(page, "logging.format", "json").check();
  await choice(page, "logging.aggregation", "central").check();
  await expect(summary).toHaveCount(0);
  await expect(page).toHaveTitle(baseTitle);

  await page.getByRole("button", { name: "Continue" }).click();
  await expect(summaryOf(page)).toBeFocused();
  await expect(summaryOf(page).getByRole("link")).toHaveText([errorMessageFor(question("logging.can-change"))]);
  await expect(page).toHaveTitle(`Error: ${baseTitle}`);

  await choice(page, "logging.can-change", "config").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/assess\/processes$/);
  await expect(page.getByRole("heading", { level: 1, name: "Process model" })).toBeFocused();
  await expect(page).toHaveTitle(/^Process model/);
});

test("the start form without a name shows the summary and the field's error", async ({ page }) => {
  await page.goto("/");
  await pageSettled(page);
  const baseTitle = await page.title();
  const message = "Enter the name of the application or team you are assessing";

  await page.getByRole("button", { name: "Start assessment" }).click();
  const summary = summaryOf(page);
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(`Error: ${baseTitle}`);
  await expect(summary.getByRole("link")).toHaveText([message]);

  const name = page.getByLabel("What are you assessing?");
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#assessment-name-error")).toHaveText(`Error: ${message}`);
  await expect(name).toHaveAccessibleDescription(new RegExp(message));

  await summary.getByRole("link", { name: message }).click();
  await expect(name).toBeFocused();

  // Spaces alone are not a name.
  await name.fill("   ");
  await page.getByRole("button", { name: "Start assessment" }).click();
  await expect(summary).toBeFocused();
  await expect(page).toHaveURL(/\/$/);

  await name.fill("Claims API");
  await page.getByRole("button", { name: "Start assessment" }).click();
  await expect(page).toHaveURL(/\/assess\/scope$/);
  await expect(page).toHaveTitle(/^Scope and goals/);
});
