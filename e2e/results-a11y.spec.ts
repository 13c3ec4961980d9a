/**
 * The results page for everyone: axe finds nothing with or without filters and in the
 * empty state, and the readiness chart has a name and a table with the same numbers.
 */
import { expect, test } from "@playwright/test";
import { questionnaire } from "@/content/questionnaire";
import { legacyMonolith } from "@/content/scenarios/teams";
import { evaluate } from "@/lib/engine";
import { expectNoAxeViolations } from "./support/axe";
import { pageSettled } from "./support/page-settled";
import { register, showing } from "./support/results-page";
import { seedAssessments } from "./support/seed";

test("the results page has no axe violations, unfiltered, filtered by a cell, and by area and band", async ({ page }) => {
  await seedAssessments(page, [{ name: "Legacy claims", answers: legacyMonolith }]);
  await page.goto("/results");
  await pageSettled(page);
  const total = evaluate(questionnaire, legacyMonolith).results.risks.length;
  await expect(showing(page, total, total)).toBeVisible();
  await expectNoAxeViolations(page);

  const cell = page.getByRole("table", { name: "Risk matrix" }).getByRole("button").first();
  await cell.press("Enter");
  await expect(cell).toHaveAttribute("aria-pressed", "true");
  await expect(register(page).getByText(/^Matrix cell:/)).toBeVisible();
  await expectNoAxeViolations(page);

  await register(page).getByRole("button", { name: "Clear cell filter" }).click();
  await register(page).getByRole("combobox", { name: "Area" }).selectOption("storage");
  await register(page).getByRole("combobox", { name: "Band" }).selectOption("high");
  await expect(register(page).getByText(/^Showing 1 of/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("with no answers, the results say what to do instead of showing an empty matrix", async ({ page }) => {
  await seedAssessments(page, [{ name: "Nothing yet" }]);
  await page.goto("/results");
  await pageSettled(page);
  await expect(page.getByRole("heading", { name: "There is nothing to assess yet" })).toBeVisible();
  await expect(page.getByText("You have not answered any questions for Nothing yet.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Answer the first area" })).toHaveAttribute("href", "/assess/scope");
  await expect(page.getByRole("table")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Risk register" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("the readiness chart is a named picture, and its table carries the same numbers", async ({ page }) => {
  // Three areas left unanswered, so the chart and the table must both say "unknown" for them.
  const unanswered = ["networking", "orchestration", "shared-services"];
  const answers = Object.fromEntries(Object.entries(legacyMonolith).filter(([id]) => !unanswered.includes(id.split(".")[0] ?? "")));
  await seedAssessments(page, [{ name: "Partly answered", answers }]);
  await page.goto("/results");
  await pageSettled(page);
  const readiness = evaluate(questionnaire, answers).results.readiness;

  const chart = page.getByRole("img", { name: /^Readiness by area, out of 100/ });
  await expect(chart).toBeVisible();
  expect(await chart.evaluate((element) => element.tagName.toLowerCase())).toBe("svg");
  const labels = await chart.locator(".readiness__label").allTextContents();
  const values = await chart.locator(".readiness__value").allTextContents();
  expect(labels).toEqual(questionnaire.areas.map((area) => area.shortTitle ?? area.title));
  expect(values).toEqual(readiness.map((area) => (area.score === null ? "?" : String(area.score))));
  expect(values.filter((value) => value === "?")).toHaveLength(unanswered.length);
  // The description spells out every figure for screen readers.
  const description = await chart.locator("desc").textContent();
  for (const [index, area] of questionnaire.areas.entries()) {
    const score = readiness[index]?.score;
    expect(description).toContain(`${area.title}: ${score === null || score === undefined ? "unknown" : `${score} out of 100`}`);
  }

  await page.getByText("Readiness as a table").click();
  const table = page.getByRole("table", { name: "Readiness by area" });
  await expect(table).toBeVisible();
  await expect(table.locator("tbody th[scope=row]")).toHaveText(questionnaire.areas.map((area) => area.title));
  const tableValues = await table.locator("tbody tr td:nth-of-type(1)").allTextContents();
  expect(tableValues.map((value) => (value === "Unknown" ? "?" : value))).toEqual(values);
  await expect(table.locator("tbody tr td:nth-of-type(3)")).toHaveText(readiness.map((area) => String(area.riskCount)));
  await expect(table.getByRole("row", { name: /Networking/ })).toContainText("Unknown: not answered");
});
