/**
 * Branching: an answer reveals its follow-ups in place, right after the question that
 * raised them; changing that answer hides them, and a hidden answer is neither shown on
 * the review nor counted, yet it is remembered if the follow-up comes back.
 */
import { expect, test, type Page } from "@playwright/test";
import { questionDomId } from "@/components/ui/field-names";
import { questionnaire } from "@/content/questionnaire";
import { choice } from "./support/fields";
import { pageSettled } from "./support/page-settled";
import { byId, savedOpenAnswers } from "./support/saved-state";
import { seedAssessments } from "./support/seed";

const promptOf = (id: string): string => questionnaire.questions.find((q) => q.id === id)?.prompt ?? id;
const group = (page: Page, id: string) => page.locator(byId(questionDomId(id)));

const FOLLOW_UPS = ["storage.state-kind", "storage.state-location", "storage.backup"];

test("a storage answer reveals its follow-ups in place, and hiding them drops their answers from the review", async ({ page }) => {
  await seedAssessments(page, [{ name: "Branching service" }]);
  await page.goto("/assess/storage");
  await pageSettled(page);
  await expect(page.getByRole("heading", { level: 1, name: "Persistent storage" })).toBeFocused();
  await expect(page.locator(".form-group")).toHaveCount(1);
  for (const id of FOLLOW_UPS) await expect(group(page, id)).toHaveCount(0);

  // A marker on window survives only if no page load happens.
  await page.evaluate(() => Object.assign(window, { e2eMarker: "same-document" }));
  const url = page.url();

  await choice(page, "storage.stateful", "yes").check();
  for (const id of FOLLOW_UPS) await expect(group(page, id)).toBeVisible();
  await expect(group(page, "storage.state-kind")).toHaveClass(/form-group--follow-up/);
  // The first follow-up sits right after its parent, and the others follow in content order.
  const order = await page.locator("form .form-group").evaluateAll((groups) => groups.map((g) => g.id));
  expect(order).toEqual(["q-storage--stateful", "q-storage--state-kind", "q-storage--state-location", "q-storage--backup"]);
  expect(page.url()).toBe(url);
  expect(await page.evaluate(() => Reflect.get(window, "e2eMarker"))).toBe("same-document");

  // Answering the location reveals a follow-up of the follow-up, after it.
  await choice(page, "storage.state-kind", "files").check();
  await choice(page, "storage.state-location", "host-path").check();
  await expect(group(page, "storage.shared-writes")).toBeVisible();
  await choice(page, "storage.shared-writes", "no").check();
  await choice(page, "storage.backup", "untested").check();
  await expect(page.getByText("5 of 5 questions answered in this area")).toBeVisible();

  // Changing the parent answer hides every follow-up; their answers stay remembered but do not count.
  await choice(page, "storage.stateful", "no").check();
  for (const id of [...FOLLOW_UPS, "storage.shared-writes"]) await expect(group(page, id)).toHaveCount(0);
  await expect(page.getByText("1 of 1 questions answered in this area")).toBeVisible();
  expect(await page.evaluate(() => Reflect.get(window, "e2eMarker"))).toBe("same-document");
  await expect.poll(async () => (await savedOpenAnswers(page))?.["storage.state-location"]).toBe("host-path");

  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/assess\/logging$/);

  await page.goto("/assess/review");
  await pageSettled(page);
  const storage = page.getByRole("region", { name: /4\. Persistent storage/ });
  await expect(storage.getByRole("heading")).toContainText("Completed");
  await expect(storage.locator("dt")).toHaveText([promptOf("storage.stateful")]);
  for (const id of FOLLOW_UPS) await expect(page.getByText(promptOf(id), { exact: true })).toHaveCount(0);

  // Bringing the parent answer back brings the follow-ups back with their remembered answers.
  await page.goto("/assess/storage");
  await pageSettled(page);
  await choice(page, "storage.stateful", "yes").check();
  await expect(choice(page, "storage.state-kind", "files")).toBeChecked();
  await expect(choice(page, "storage.state-location", "host-path")).toBeChecked();
  await expect(choice(page, "storage.shared-writes", "no")).toBeChecked();
  await expect(choice(page, "storage.backup", "untested")).toBeChecked();
  await expect(page.getByText("5 of 5 questions answered in this area")).toBeVisible();
});
