/** Locating a question's inputs by the names the wizard gives them. */
import type { Page } from "@playwright/test";
import { fieldName } from "@/components/ui/field-names";

export const choice = (page: Page, questionId: string, value: string) =>
  page.locator(`input[name="${fieldName(questionId)}"][value="${value}"]`);

export const textAnswer = (page: Page, questionId: string) => page.locator(`textarea[name="${fieldName(questionId)}"]`);
