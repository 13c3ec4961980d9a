/**
 * The whole journey by keyboard alone: only Tab, Space and Enter (and typing the name),
 * from the start page through every area to the review page. No clicks, no fill.
 */
import { expect, test, type Page } from "@playwright/test";
import { areas } from "@/content/areas";
import { pageSettled } from "./support/page-settled";

interface Focused {
  tag: string;
  type: string;
  id: string;
  text: string;
  /** For a radio or checkbox: whether any input of its group is checked. */
  groupAnswered: boolean;
  inMain: boolean;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement)) return { tag: "", type: "", id: "", text: "", groupAnswered: false, inMain: false };
    const input = element instanceof HTMLInputElement ? element : undefined;
    const group = input ? [...document.querySelectorAll<HTMLInputElement>(`input[name="${input.name}"]`)] : [];
    return {
      tag: element.tagName.toLowerCase(),
      type: input?.type ?? "",
      id: element.id,
      text: element.textContent?.trim() ?? "",
      groupAnswered: group.some((other) => other.checked),
      inMain: element.closest("main") !== null,
    };
  });
}

/** Presses Tab until the focused element matches, failing after a sensible number of stops. */
async function tabUntil(page: Page, matches: (element: Focused) => boolean, what: string): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press("Tab");
    if (matches(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

/**
 * Answers the step in front of it: Tab through the form; Space on the first radio of an
 * unanswered group, or on the first checkbox of an unanswered multiple choice; text areas
 * are optional and skipped; Enter on Continue.
 */
async function answerStepByKeyboard(page: Page, areaTitle: string): Promise<number> {
  let answered = 0;
  for (let presses = 0; presses < 80; presses += 1) {
    await page.keyboard.press("Tab");
    const element = await focused(page);
    expect(element.inMain, `focus left the page content on "${areaTitle}" at ${element.tag}#${element.id}`).toBe(true);
    if (element.tag === "button" && element.text === "Continue") {
      await page.keyboard.press("Enter");
      return answered;
    }
    const first = element.id.endsWith("-0");
    if ((element.type === "radio" || (element.type === "checkbox" && first)) && !element.groupAnswered) {
      await page.keyboard.press("Space");
      await expect(page.locator(`[id="${element.id}"]`)).toBeChecked();
      answered += 1;
    }
  }
  throw new Error(`Continue was never reached on "${areaTitle}"`);
}

test("the whole journey works by keyboard alone, from the start page to the review", async ({ page }) => {
  await page.goto("/");
  await pageSettled(page);

  await tabUntil(page, (element) => element.id === "assessment-name", "the name field");
  await page.keyboard.type("Keyboard only service");
  await tabUntil(page, (element) => element.tag === "button" && element.text === "Start assessment", "Start assessment");
  await page.keyboard.press("Enter");

  for (const [index, area] of areas.entries()) {
    await expect(page).toHaveURL(new RegExp(`/assess/${area.id}$`));
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading).toHaveText(area.title);
    await expect(heading, `focus on the <h1> of ${area.id}`).toBeFocused();
    await expect(page).toHaveTitle(`${area.title} (area ${index + 1} of ${areas.length}) — Know Before You Deploy`);
    const answered = await answerStepByKeyboard(page, area.title);
    expect(answered, `questions answered in ${area.id}`).toBeGreaterThan(0);
  }

  await expect(page).toHaveURL(/\/assess\/review$/);
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await expect(page.getByText("Keyboard only service")).toBeVisible();
  for (const [index, area] of areas.entries()) {
    await expect(page.getByRole("heading", { level: 2, name: `${index + 1}. ${area.title}` })).toContainText("Completed");
  }
  await expect(page.getByText(/not complete/)).toHaveCount(0);
});
