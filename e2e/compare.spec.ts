import { expect, test, type Page } from "@playwright/test";
import { questionnaire } from "@/content/questionnaire";
import { legacyMonolith } from "@/content/scenarios/teams";
import { type Answers, answerText, compareResults, evaluateAssessment } from "@/lib/engine";
import { expectNoAxeViolations } from "./support/axe";
import { pageSettled } from "./support/page-settled";
import { record, seedRecords } from "./support/seed-records";

/** A quarter later the monolith logs to stdout; the questions about log files no longer apply. */
const { "logging.can-change": _canChange, "logging.file-handling": _fileHandling, ...rest } = legacyMonolith;
const laterAnswers: Answers = { ...rest, "logging.destination": ["stdout"] };
const then = record({ id: "then", name: "Order management", answers: legacyMonolith, updatedAt: "2026-08-03T10:00:00.000Z" });
const now = record({ id: "now", name: "Order management", answers: laterAnswers, updatedAt: "2026-11-20T10:00:00.000Z" });

const expected = compareResults(
  evaluateAssessment(questionnaire, legacyMonolith),
  evaluateAssessment(questionnaire, laterAnswers),
  questionnaire.questions.map((q) => q.id),
);
const riskTitle = (id: string) => questionnaire.risks.find((risk) => risk.id === id)?.title ?? id;
const areaTitle = (id: string) => questionnaire.areas.find((area) => area.id === id)?.title ?? id;
const destination = questionnaire.questions.find((q) => q.id === "logging.destination");

const change = (before: number | null, after: number | null): string => {
  if (before === null || after === null) return "—";
  return after === before ? "No change" : `${after > before ? "+" : ""}${after - before}`;
};

const side = (page: Page, which: "then" | "now") =>
  page.getByRole("group", { name: which === "then" ? "Earlier assessment (then)" : "Later assessment (now)" });

async function openCompare(page: Page, openId: string | null = null): Promise<void> {
  await seedRecords(page, [then, now], openId);
  await page.goto("/compare");
  await pageSettled(page);
}

/** The titles listed under one of the report's risk headings ("Risks resolved (1)" and so on). */
async function listedUnder(page: Page, heading: string): Promise<string[]> {
  const items = page.locator(`.comparison h3:text-matches("^${heading} \\\\(") + ul > li`);
  return items.evaluateAll((lis) => lis.map((li) => li.firstChild?.textContent?.trim() ?? ""));
}

async function expectReport(page: Page): Promise<void> {
  const report = page.locator(".comparison");
  // The result takes focus, so it is read out and keyboard users carry on from it.
  await expect(report.getByRole("heading", { level: 2 })).toHaveText(
    "Order management (3 August 2026) compared with Order management (20 November 2026)",
  );
  await expect(report.getByRole("heading", { level: 2 })).toBeFocused();
  await expect(report.getByRole("heading", { name: `Risks resolved (${expected.resolved.length})` })).toBeVisible();
  expect(await listedUnder(page, "Risks resolved")).toEqual(expected.resolved.map((risk) => riskTitle(risk.id)));
}

test.describe("compare", () => {
  test("two saved assessments: the risk resolved, readiness then and now, and the answer that differs", async ({ page }) => {
    // The change of logging resolves the risk of logs dying with the container, and nothing else.
    expect(expected.resolved.map((risk) => risk.id)).toEqual(["logging.lost-logs"]);
    expect(expected.added).toEqual([]);
    await openCompare(page);
    await side(page, "then").getByLabel("A saved assessment").selectOption({ label: "Order management — 3 August 2026" });
    await side(page, "now").getByLabel("A saved assessment").selectOption({ label: "Order management — 20 November 2026" });
    await page.getByRole("button", { name: "Compare" }).click();
    await expectReport(page);
    await expect(page.getByText("No new risks.")).toBeVisible();

    const rows = await page
      .locator(".comparison table")
      .first()
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent?.trim() ?? "")));
    expect(rows).toEqual(
      expected.readiness.map((row) => [
        areaTitle(row.area),
        String(row.before ?? "Unknown"),
        String(row.after ?? "Unknown"),
        change(row.before, row.after),
      ]),
    );
    const logging = rows.find((row) => row[0] === areaTitle("logging")) ?? [];
    expect(Number(logging[2])).toBeGreaterThan(Number(logging[1]));

    const answers = page.locator(".comparison table").nth(1);
    await expect(page.getByRole("heading", { name: `Answers that differ (${expected.answers.length})` })).toBeVisible();
    await expect(answers.locator("tbody tr")).toHaveCount(expected.answers.length);
    if (!destination) throw new Error("logging.destination is missing from the questionnaire");
    await expect(answers.getByRole("row", { name: destination.prompt })).toHaveText(
      `${destination.prompt}${answerText(destination, legacyMonolith["logging.destination"])}${answerText(destination, ["stdout"])}`,
    );
    await expectNoAxeViolations(page);

    // Comparing again (here the other way round) focuses the new result.
    await page.getByRole("button", { name: "Compare" }).focus();
    await side(page, "then").getByLabel("A saved assessment").selectOption({ label: "Order management — 20 November 2026" });
    await side(page, "now").getByLabel("A saved assessment").selectOption({ label: "Order management — 3 August 2026" });
    await page.getByRole("button", { name: "Compare" }).press("Enter");
    const heading = page.locator(".comparison").getByRole("heading", { level: 2 });
    await expect(heading).toHaveText("Order management (20 November 2026) compared with Order management (3 August 2026)");
    await expect(heading).toBeFocused();
  });

  test("a saved assessment compared with a pasted result link", async ({ page }) => {
    await seedRecords(page, [then, now], "now");
    await page.goto("/results");
    await pageSettled(page);
    await page.getByRole("button", { name: "Copy result link" }).click();
    const link = await page.getByLabel("Result link").inputValue();
    expect(link).toContain("/shared#");

    await page.goto("/compare");
    await pageSettled(page);
    await side(page, "then").getByLabel("A saved assessment").selectOption({ label: "Order management — 3 August 2026" });
    await side(page, "now").getByLabel("Or paste a result link").fill(link);
    await page.getByRole("button", { name: "Compare" }).click();
    await expectReport(page);
  });

  test("no choice, or a link that cannot be read, shows the error summary", async ({ page }) => {
    await openCompare(page);
    await page.getByRole("button", { name: "Compare" }).click();
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link")).toHaveText([
      "Earlier assessment: Choose a saved assessment or paste a result link",
      "Later assessment: Choose a saved assessment or paste a result link",
    ]);
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.locator(".comparison")).toHaveCount(0);
    await summary.getByRole("link").first().click();
    await expect(side(page, "then").getByLabel("A saved assessment")).toBeFocused();

    await side(page, "then").getByLabel("A saved assessment").selectOption({ label: "Order management — 3 August 2026" });
    await side(page, "now").getByLabel("Or paste a result link").fill("https://example.org/shared#not a link!");
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(summary.getByRole("link")).toHaveText([/^Later assessment: That result link cannot be read: .+/]);
    await expect(side(page, "now")).toContainText("That result link cannot be read");
    await expect(page.locator(".comparison")).toHaveCount(0);

    await side(page, "now").getByLabel("Or paste a result link").fill("");
    await side(page, "now").getByLabel("A saved assessment").selectOption({ label: "Order management — 20 November 2026" });
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(summary).toHaveCount(0);
    await expectReport(page);
    await expect(page).not.toHaveTitle(/^Error: /);
  });
});
