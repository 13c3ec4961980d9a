/**
 * Every step is a real page: deep links work, browser back and forward keep answers and
 * show the right step, and a Change link on the review goes to its question and back.
 */
import { expect, test } from "@playwright/test";
import { questionnaire } from "@/content/questionnaire";
import { legacyMonolith } from "@/content/scenarios/teams";
import { answerArea } from "./support/answer-questions";
import { choice } from "./support/fields";
import { pageSettled } from "./support/page-settled";
import { byId } from "./support/saved-state";
import { seedAssessments } from "./support/seed";

const promptOf = (id: string): string => questionnaire.questions.find((q) => q.id === id)?.prompt ?? id;

test("an area opened by its URL shows that step, focused, and a question in the hash gets focus", async ({ page }) => {
  await seedAssessments(page, [{ name: "Deep link service" }]);
  await page.goto("/assess/networking");
  await pageSettled(page);
  await expect(page.getByRole("heading", { level: 1, name: "Networking" })).toBeFocused();
  await expect(page).toHaveTitle(new RegExp(`^Networking \\(area 9 of ${questionnaire.areas.length}\\)`));
  await expect(page.getByText(`Area 9 of ${questionnaire.areas.length} · Technical`)).toBeVisible();
  await expect(page.locator("main a.back-link")).toHaveAttribute("href", "/assess/app-knowledge");
  await expect(page.locator("form .form-group").first()).toBeVisible();

  await page.goto("/assess/logging#q-logging--format");
  await pageSettled(page);
  await expect(page.locator(byId("q-logging--format-0"))).toBeFocused();

  const missing = await page.goto("/assess/not-an-area");
  expect(missing?.status()).toBe(404);
});

test("without an open assessment, an area says how to start one", async ({ page }) => {
  await page.goto("/assess/storage");
  await pageSettled(page);
  await expect(page.getByRole("heading", { name: "You have not started an assessment" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Start an assessment" })).toHaveAttribute("href", "/");
});

test("browser back and forward between steps show the right step with its answers", async ({ page }) => {
  await seedAssessments(page, [{ name: "History service" }]);
  await page.goto("/assess/scope");
  await answerArea(page, "scope", legacyMonolith);
  await answerArea(page, "skills", legacyMonolith);
  await expect(page).toHaveURL(/\/assess\/ownership$/);
  await expect(page.getByRole("heading", { level: 1, name: "Ownership, traceability and Dev/Ops working" })).toBeFocused();

  await page.goBack();
  await expect(page).toHaveURL(/\/assess\/skills$/);
  await expect(page.getByRole("heading", { level: 1, name: "Staff readiness and skills" })).toBeFocused();
  await expect(page).toHaveTitle(/^Staff readiness and skills/);
  await expect(choice(page, "skills.orchestration", "2")).toBeChecked();
  await expect(choice(page, "skills.gap-plan", "partner")).toBeChecked();

  await page.goBack();
  await expect(page).toHaveURL(/\/assess\/scope$/);
  await expect(page.getByRole("heading", { level: 1, name: "Scope and goals" })).toBeFocused();
  await expect(choice(page, "scope.goals", "modernise")).toBeChecked();
  await expect(choice(page, "scope.goals", "efficiency")).toBeChecked();
  await expect(page.locator('textarea[name="scope__pilot-name"]')).toHaveValue("Order management monolith");

  // An answer changed after going back is kept when going forward again.
  await choice(page, "scope.success-criteria", "measurable").check();
  await page.goForward();
  await expect(page).toHaveURL(/\/assess\/skills$/);
  await expect(page.getByRole("heading", { level: 1, name: "Staff readiness and skills" })).toBeFocused();
  await expect(choice(page, "skills.training", "self-study")).toBeChecked();
  await page.goBack();
  await expect(choice(page, "scope.success-criteria", "measurable")).toBeChecked();
});

test("a Change link on the review goes to its question and Continue returns straight to the review", async ({ page }) => {
  await seedAssessments(page, [{ name: "Legacy claims", answers: legacyMonolith }]);
  await page.goto("/assess/review");
  await pageSettled(page);
  const prompt = promptOf("logging.format");
  const row = page.locator(".summary-list__row").filter({ has: page.getByText(prompt, { exact: true }) });
  await expect(row).toContainText("Plain text with multi-line entries such as stack traces");

  await page.getByRole("link", { name: `Change your answer to “${prompt}”` }).click();
  await expect(page).toHaveURL(/\/assess\/logging\?return=review#q-logging--format$/);
  await expect(page.locator(byId("q-logging--format-0"))).toBeFocused();
  await expect(choice(page, "logging.format", "multiline")).toBeChecked();

  await page.keyboard.press("Space");
  await expect(choice(page, "logging.format", "json")).toBeChecked();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/assess\/review$/);
  await expect(row).toContainText("Structured (JSON), one event per line");
  await expect(row).not.toContainText("multi-line");

  // A follow-up's Change link works the same way.
  const backup = promptOf("storage.backup");
  await page.getByRole("link", { name: `Change your answer to “${backup}”` }).click();
  await expect(page).toHaveURL(/\/assess\/storage\?return=review#q-storage--backup$/);
  await expect(page.locator(byId("q-storage--backup-0"))).toBeFocused();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/assess\/review$/);
});
