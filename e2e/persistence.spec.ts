/**
 * Answers save as they are given: nothing is lost on a reload or a closed tab, and saved
 * data that cannot be read is kept aside without breaking the app or the good records.
 */
import { expect, test, type Page } from "@playwright/test";
import { questionnaire } from "@/content/questionnaire";
import { legacyMonolith } from "@/content/scenarios/teams";
import { RECORD_VERSION, writeRecord } from "@/lib/engine";
import { INDEX_KEY, QUARANTINE_PREFIX, recordKey } from "@/lib/state/storage-keys";
import { answerArea } from "./support/answer-questions";
import { choice, textAnswer } from "./support/fields";
import { pageSettled } from "./support/page-settled";
import { answersOfAreas, normalised, savedItems, savedOpenAnswers } from "./support/saved-state";
import { makeAssessment, savedEntries, seedAssessments } from "./support/seed";

async function reload(page: Page): Promise<void> {
  await page.reload();
  await pageSettled(page);
}

test("a reload in the middle of an area keeps every answer given, checkboxes, scale and text included", async ({ page }) => {
  await seedAssessments(page, [{ name: "Reload service" }]);
  await page.goto("/assess/scope");
  await pageSettled(page);
  await choice(page, "scope.goals", "faster-delivery").check();
  await choice(page, "scope.goals", "consistency").check();
  await choice(page, "scope.first-workload", "new-stateless").check();
  await textAnswer(page, "scope.pilot-name").fill("Pricing API, the v2 one");

  await reload(page);
  await expect(choice(page, "scope.goals", "faster-delivery")).toBeChecked();
  await expect(choice(page, "scope.goals", "consistency")).toBeChecked();
  await expect(choice(page, "scope.goals", "modernise")).not.toBeChecked();
  await expect(choice(page, "scope.first-workload", "new-stateless")).toBeChecked();
  await expect(textAnswer(page, "scope.pilot-name")).toHaveValue("Pricing API, the v2 one");
  await expect(choice(page, "scope.breadth", "one-service")).not.toBeChecked();

  await page.goto("/assess/skills");
  await pageSettled(page);
  await choice(page, "skills.ops-capacity", "ops-team").check();
  await choice(page, "skills.orchestration", "2").check();
  await expect(page.getByText("2 of 6 questions answered in this area")).toBeVisible();

  await reload(page);
  await expect(choice(page, "skills.ops-capacity", "ops-team")).toBeChecked();
  await expect(choice(page, "skills.orchestration", "2")).toBeChecked();
  await expect(page.getByText("2 of 6 questions answered in this area")).toBeVisible();
  expect(normalised(await savedOpenAnswers(page))).toEqual({
    "scope.goals": ["consistency", "faster-delivery"],
    "scope.first-workload": "new-stateless",
    "scope.pilot-name": "Pricing API, the v2 one",
    "skills.ops-capacity": "ops-team",
    "skills.orchestration": 2,
  });
});

test("after three areas, a reload and a new page in the same browser keep every answer", async ({ page, context }) => {
  const done = ["scope", "skills", "ownership"];
  const expected = normalised(answersOfAreas(legacyMonolith, done));
  await page.goto("/");
  await pageSettled(page);
  await page.getByLabel("What are you assessing?").fill("Persisting team");
  await page.getByRole("button", { name: "Start assessment" }).click();
  for (const area of done) await answerArea(page, area, legacyMonolith);
  await expect(page).toHaveURL(/\/assess\/storage$/);

  await reload(page);
  await expect(page.getByRole("heading", { level: 1, name: "Persistent storage" })).toBeFocused();
  expect(normalised(await savedOpenAnswers(page))).toEqual(expected);

  await page.close();
  const next = await context.newPage();
  await next.goto("/");
  await pageSettled(next);
  await expect(next.getByRole("heading", { name: "Continue your assessment" })).toBeVisible();
  await expect(
    next.getByText(`You are assessing Persisting team. You have completed 3 of ${questionnaire.areas.length} areas.`),
  ).toBeVisible();
  await expect(next.locator("#task-status-ownership")).toHaveText("Completed");
  await expect(next.locator("#task-status-storage")).toHaveText("Not started");
  await expect(next.getByRole("link", { name: "Continue", exact: true })).toHaveAttribute("href", "/assess/storage");
  expect(normalised(await savedOpenAnswers(next))).toEqual(expected);

  await next.goto("/assess/skills");
  await pageSettled(next);
  await expect(choice(next, "skills.orchestration", String(legacyMonolith["skills.orchestration"]))).toBeChecked();
  await expect(choice(next, "skills.gap-plan", "partner")).toBeChecked();
  await next.goto("/assess/review");
  await pageSettled(next);
  await expect(next.getByText("Order management monolith")).toBeVisible();
});

const GOOD = makeAssessment({ id: "good", name: "Still readable", answers: { "storage.stateful": "no" } });

async function writeStorage(page: Page, items: Record<string, string>): Promise<void> {
  await page.goto("/guide");
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, items);
}

test("corrupt saved data is kept aside, reported, and does not stop the start page or a good record", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const goodRecord = writeRecord(GOOD);
  await writeStorage(page, {
    [recordKey("x")]: "{not json",
    [INDEX_KEY]: "garbage",
    [recordKey("good")]: goodRecord,
  });

  await page.goto("/");
  await pageSettled(page);
  await expect(page.getByRole("heading", { level: 1, name: "Know before you deploy" })).toBeVisible();
  const notice = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Some saved data could not be read" }) });
  await expect(notice).toBeVisible();
  // In the order they were set aside: the list of assessments is read first.
  await expect(notice.getByRole("listitem")).toHaveText([
    "The list of saved assessments could not be read.",
    "A saved assessment could not be read: it is not valid JSON.",
  ]);
  await expect(page.getByRole("heading", { name: "Start an assessment" })).toBeVisible();

  const items = await savedItems(page);
  const aside = Object.entries(items).filter(([key]) => key.startsWith(QUARANTINE_PREFIX));
  expect(aside.map(([, value]) => value).sort()).toEqual(["garbage", "{not json"].sort());
  // Set aside under its own key, after the moment it was set aside.
  expect(aside.find(([, value]) => value === "{not json")?.[0]?.endsWith(`.${recordKey("x")}`)).toBe(true);
  expect(items[recordKey("x")]).toBeUndefined();
  expect(items[recordKey("good")]).toBe(goodRecord);

  await page.goto("/assessments");
  await pageSettled(page);
  await expect(page.getByRole("heading", { name: "Saved in this browser (1)" })).toBeVisible();
  await expect(page.getByText("Still readable").first()).toBeVisible();
  expect(errors).toEqual([]);
});

test("a corrupt record beside a good open one: the good one opens and the bad one is reported", async ({ page }) => {
  await writeStorage(page, {
    // A record the app could never have written: the name is a number.
    [recordKey("bad")]: JSON.stringify({ version: RECORD_VERSION, assessment: { id: "bad", name: 42 } }),
    ...Object.fromEntries(savedEntries([GOOD], "good")),
  });
  await page.goto("/");
  await pageSettled(page);
  await expect(page.getByRole("heading", { name: "Continue your assessment" })).toBeVisible();
  await expect(page.getByText("You are assessing Still readable.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Some saved data could not be read" })).toBeVisible();
  const keys = Object.keys(await savedItems(page));
  expect(keys.filter((key) => key.startsWith(QUARANTINE_PREFIX))).toHaveLength(1);
  expect(keys).not.toContain(recordKey("bad"));

  await page.getByRole("button", { name: "Hide this message" }).click();
  await expect(page.getByRole("heading", { name: "Some saved data could not be read" })).toHaveCount(0);
});
