/**
 * The risk matrix as a table a screen reader can read, its cells as keyboard toggles that
 * filter the register, and the register's own area and band filters.
 */
import { expect, test } from "@playwright/test";
import { questionnaire } from "@/content/questionnaire";
import { legacyMonolith } from "@/content/scenarios/teams";
import { BAND_LABELS, bandOf, evaluate, IMPACT_LABELS, type Level, LIKELIHOOD_LABELS } from "@/lib/engine";
import { pageSettled } from "./support/page-settled";
import { register, registerEntries, showing } from "./support/results-page";
import { seedAssessments } from "./support/seed";

const expected = evaluate(questionnaire, legacyMonolith).results;
const TOTAL = expected.risks.length;
const levels: Level[] = [1, 2, 3, 4, 5];

test.beforeEach(async ({ page }) => {
  await seedAssessments(page, [{ name: "Legacy claims", answers: legacyMonolith }]);
  await page.goto("/results");
  await pageSettled(page);
  await expect(showing(page, TOTAL, TOTAL)).toBeVisible();
});

test("the matrix reads as a table: caption, likelihood columns, impact rows from 5, band and count in every cell", async ({ page }) => {
  const table = page.getByRole("table", { name: "Risk matrix" });
  await expect(table.locator("caption")).toHaveText("Risk matrix");

  const columns = table.locator("thead th[scope=col]");
  await expect(columns).toHaveCount(6);
  await expect(columns.filter({ hasNotText: "Impact" })).toHaveText(levels.map((l) => `${l} ${LIKELIHOOD_LABELS[l]}`));
  await expect(table.getByRole("columnheader", { name: "4 Likely" })).toBeVisible();

  const rows = table.locator("tbody tr");
  await expect(rows).toHaveCount(5);
  await expect(table.locator("tbody th[scope=row]")).toHaveText([...levels].reverse().map((l) => `${l} ${IMPACT_LABELS[l]}`));
  await expect(table.getByRole("rowheader", { name: "5 Severe" })).toBeVisible();
  await expect(table.locator("tbody td")).toHaveCount(25);

  const shown = await table.locator("tbody td").evaluateAll((cells) =>
    cells.map((cell) => ({
      words: cell.querySelector(".matrix-cell__button, .matrix-cell__empty")?.childNodes[0]?.textContent ?? "",
      listed: cell.querySelectorAll("li").length,
      buttons: cell.querySelectorAll("button").length,
    })),
  );
  expect(shown).toEqual(
    expected.matrix.flatMap((row) =>
      row.cells.map((cell) => {
        const count = cell.riskIds.length;
        return {
          words: `${BAND_LABELS[bandOf(cell.impact * cell.likelihood)]}: ${count === 1 ? "1 risk" : `${count} risks`}`,
          listed: count,
          buttons: count > 0 ? 1 : 0,
        };
      }),
    ),
  );
  // The top-right cell is the worst one: severe and almost certain.
  await expect(rows.first().locator("td").last()).toHaveClass(/matrix-cell--critical/);
  await expect(rows.last().locator("td").first()).toHaveClass(/matrix-cell--low/);
});

test("each matrix cell with risks, activated by keyboard, filters the register to exactly its risks", async ({ page }) => {
  const buttons = page.getByRole("table", { name: "Risk matrix" }).getByRole("button");
  const cells = expected.matrix.flatMap((row) => row.cells).filter((cell) => cell.riskIds.length > 0);
  await expect(buttons).toHaveCount(cells.length);
  expect(cells.length).toBeGreaterThanOrEqual(8);

  // The scrolling region before the table is the last stop before the first cell.
  await page.locator(".matrix-scroll").focus();
  for (const [index, cell] of cells.entries()) {
    const button = buttons.nth(index);
    await page.keyboard.press("Tab");
    await expect(button).toBeFocused();
    const count = Number(/: (\d+) risks?/.exec(await button.innerText())?.[1]);
    expect(count).toBe(cell.riskIds.length);

    const key = index % 2 === 0 ? "Enter" : "Space";
    await page.keyboard.press(key);
    await expect(button).toHaveAttribute("aria-pressed", "true");
    await expect(
      register(page).getByText(
        `Matrix cell: likelihood ${cell.likelihood} (${LIKELIHOOD_LABELS[cell.likelihood]}), impact ${cell.impact} (${IMPACT_LABELS[cell.impact]})`,
      ),
    ).toBeVisible();
    await expect(registerEntries(page)).toHaveCount(count);
    await expect(showing(page, count, TOTAL)).toBeVisible();
    expect(await registerEntries(page).evaluateAll((entries) => entries.map((e) => e.id.replace(/^risk-/, "")))).toEqual(cell.riskIds);

    // Pressed again, the cell clears its own filter.
    await page.keyboard.press(key);
    await expect(button).toHaveAttribute("aria-pressed", "false");
    await expect(showing(page, TOTAL, TOTAL)).toBeVisible();
    await expect(register(page).getByText(/Matrix cell:/)).toHaveCount(0);
  }

  // The visible "Clear cell filter" and "Clear all filters" controls clear it too.
  await buttons.first().press("Enter");
  await register(page).getByRole("button", { name: "Clear cell filter" }).click();
  await expect(buttons.first()).toHaveAttribute("aria-pressed", "false");
  await expect(showing(page, TOTAL, TOTAL)).toBeVisible();
  await buttons.last().press("Space");
  await register(page).getByRole("button", { name: "Clear all filters" }).click();
  await expect(buttons.last()).toHaveAttribute("aria-pressed", "false");
  await expect(showing(page, TOTAL, TOTAL)).toBeVisible();
});

test("the register filters by area and by band, alone and together", async ({ page }) => {
  const logging = expected.risks.filter((risk) => risk.area === "logging");
  const critical = expected.risks.filter((risk) => risk.band === "critical");
  const both = logging.filter((risk) => risk.band === "critical");
  expect(both.length).toBeGreaterThan(0);
  expect(both.length).toBeLessThan(logging.length);

  await register(page).getByRole("combobox", { name: "Area" }).selectOption("logging");
  await expect(showing(page, logging.length, TOTAL)).toBeVisible();
  await expect(registerEntries(page)).toHaveCount(logging.length);
  // textContent, not innerText: entries off screen are skipped by layout (content-visibility), not hidden.
  for (const fact of await registerEntries(page).locator(".risk__facts").allTextContents()) expect(fact).toContain("Logging");

  await register(page).getByRole("combobox", { name: "Band" }).selectOption("critical");
  await expect(showing(page, both.length, TOTAL)).toBeVisible();
  await expect(registerEntries(page).locator(".risk__title .tag--band")).toHaveText(both.map(() => "Critical"));

  await register(page).getByRole("combobox", { name: "Area" }).selectOption("");
  await expect(showing(page, critical.length, TOTAL)).toBeVisible();
  expect(await registerEntries(page).evaluateAll((entries) => entries.map((e) => e.id.replace(/^risk-/, "")))).toEqual(
    critical.map((risk) => risk.id),
  );

  await register(page).getByRole("button", { name: "Clear all filters" }).click();
  await expect(register(page).getByRole("combobox", { name: "Band" })).toHaveValue("");
  await expect(showing(page, TOTAL, TOTAL)).toBeVisible();
});
