import { expect, type Page } from "@playwright/test";
import type { Answers, AnswerValue } from "@/lib/engine";
import { fieldName, questionDomId } from "@/components/ui/field-names";
import { questionnaire } from "@/content/questionnaire";
import { pageSettled } from "./page-settled";
import { byId } from "./saved-state";

async function answerOne(page: Page, questionId: string, value: AnswerValue): Promise<void> {
  const name = fieldName(questionId);
  const textarea = page.locator(`textarea[name="${name}"]`);
  if (await textarea.count()) {
    await textarea.fill(String(value));
    return;
  }
  const values = Array.isArray(value) ? value : [String(value)];
  for (const option of values) await page.locator(`input[name="${name}"][value="${option}"]`).check();
}

/**
 * Answers one area through the real form, in content order, so each follow-up appears
 * (after the answer that reveals it) before it is answered; then presses Continue.
 */
export async function answerArea(page: Page, areaId: string, answers: Answers): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`/assess/${areaId}`));
  await pageSettled(page);
  for (const question of questionnaire.questions.filter((q) => q.area === areaId)) {
    const value = answers[question.id];
    if (value === undefined) continue;
    await expect(page.locator(byId(questionDomId(question.id)))).toBeVisible();
    await answerOne(page, question.id, value);
  }
  await page.getByRole("button", { name: "Continue" }).click();
}

/** Starts a named assessment from the start page and answers every area, ending on the review page. */
export async function walkTeam(page: Page, name: string, answers: Answers): Promise<void> {
  await page.goto("/");
  await pageSettled(page);
  await page.getByLabel("What are you assessing?").fill(name);
  await page.getByRole("button", { name: "Start assessment" }).click();
  for (const area of questionnaire.areas) await answerArea(page, area.id, answers);
  await expect(page).toHaveURL(/\/assess\/review$/);
}
