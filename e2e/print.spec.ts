import { execFileSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { legacyMonolith } from "@/content/scenarios/teams";
import { expectNoAxeViolations } from "./support/axe";
import { planOnPage, risksOnPage } from "./support/exports";
import { HOSTILE, hostileDecisions } from "./support/hostile";
import { pageSettled } from "./support/page-settled";
import { seedAssessments } from "./support/seed";

/** PDF text on one line per paragraph-ish: whitespace collapsed, ligatures and the like unfolded. */
const flatten = (text: string): string => text.normalize("NFKC").replace(/\s+/g, " ");

test("the print view renders to a PDF holding the name, the matrix, every risk and action, and no navigation", async ({
  page,
}, testInfo) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await seedAssessments(page, [{ name: HOSTILE.name, answers: legacyMonolith, decisions: hostileDecisions }]);
  await page.goto("/results");
  await pageSettled(page);
  const risks = await risksOnPage(page);
  await page.goto("/plan");
  await pageSettled(page);
  const actions = await planOnPage(page);
  expect(risks.length).toBeGreaterThan(20);
  expect(actions.length).toBeGreaterThan(20);

  await page.goto("/print");
  await pageSettled(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HOSTILE.name);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print / Save as PDF" })).toBeHidden();
  const file = testInfo.outputPath("report.pdf");
  await writeFile(file, await page.pdf({ format: "A4", printBackground: true }));
  const raw = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  const text = flatten(raw);

  expect(text).toContain(HOSTILE.name);
  expect(text).toContain(flatten(HOSTILE.note));
  expect(text).toContain("Risk matrix");
  expect(text).toContain("Adoption plan");
  for (const risk of risks) expect(text, risk.id).toContain(flatten(risk.title));
  for (const action of actions) expect(text, action.id).toContain(flatten(action.title));
  // Plan order survives on paper: each action is found after the one before it.
  const planStart = text.lastIndexOf("Adoption plan");
  let cursor = planStart;
  for (const action of actions) {
    const at = text.indexOf(`. ${flatten(action.title)}`, cursor);
    expect(at, `${action.id} after the action before it`).toBeGreaterThan(cursor);
    cursor = at;
  }
  for (const chrome of [
    "Skip to main content",
    "Know Before You Deploy",
    "Your answers",
    "Saved",
    "Guides",
    "Download JSON",
    "Download Markdown",
    "Copy result link",
    "Print / Save as PDF",
    "Back to the plan",
    "Your answers stay in this browser",
  ]) {
    expect(text, chrome).not.toContain(chrome);
  }

  const pages = Number(/^Pages:\s+(\d+)$/m.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
  expect(raw.split("\f").filter((sheet) => sheet.trim()).length).toBe(pages);
  // About two risks or three actions a page, plus some 20 for cover, summary, Start here and matrix: 64
  // pages for this team's 13 areas (content 2026.12.4). Far more means the print styles are not
  // applied (63 for 11 areas, 32 risks and 48 actions when they were not; far more now).
  expect(pages).toBeGreaterThanOrEqual(4);
  expect(pages).toBeLessThanOrEqual(Math.ceil(risks.length / 2 + actions.length / 3) + 20);
  expect(dialogs).toEqual([]);
});

test("“Print / Save as PDF” on the plan opens the print view and prints once it has rendered, and only once", async ({ page }) => {
  await page.addInitScript(() => {
    const calls: { heading: string; actions: number }[] = [];
    Object.assign(window, { printCalls: calls });
    window.print = () => {
      calls.push({
        heading: document.querySelector(".print-document h1")?.textContent ?? "",
        actions: document.querySelectorAll(".print-document li.plan-action").length,
      });
    };
  });
  const printCalls = () => page.evaluate(() => (window as unknown as { printCalls: { heading: string; actions: number }[] }).printCalls);
  await seedAssessments(page, [{ name: "Order management", answers: legacyMonolith }]);
  await page.goto("/plan");
  await pageSettled(page);
  const actions = await planOnPage(page);
  expect(await printCalls()).toEqual([]);

  await page.getByRole("link", { name: "Print / Save as PDF" }).click();
  await expect(page).toHaveURL(/\/print$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Order management");
  await expect.poll(printCalls).toEqual([{ heading: "Order management", actions: actions.length }]);

  // The print request is used up: reloading the print view does not print again.
  await page.reload();
  await pageSettled(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Order management");
  expect(await printCalls()).toEqual([]);
});

test("axe finds no violations on the print view on screen", async ({ page }) => {
  await seedAssessments(page, [{ name: HOSTILE.name, answers: legacyMonolith, decisions: hostileDecisions }]);
  await page.goto("/print");
  await pageSettled(page);
  await expect(page.locator(".print-document")).toBeVisible();
  await expectNoAxeViolations(page);
});
