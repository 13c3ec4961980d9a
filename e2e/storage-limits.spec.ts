/**
 * When storage cannot take a write: a long paste, a full storage, a browser that refuses
 * storage, and plain HTTP on an internal host name. The user is told at once, can
 * download the work, and nothing already saved is lost.
 */
import { readFile } from "node:fs/promises";
import { chromium, expect, test, type Page } from "@playwright/test";
import { questionnaire } from "@/content/questionnaire";
import { chromiumArgs, chromiumPath } from "./support/chromium";
import { choice, textAnswer } from "./support/fields";
import { pageSettled } from "./support/page-settled";
import { readAssessments } from "./support/seed-records";
import { seedAssessments } from "./support/seed";

const pilotName = questionnaire.questions.find((q) => q.id === "scope.pilot-name");
const LIMIT = pilotName?.kind === "text" ? pilotName.maxLength : 0;

const notSaved = (page: Page) =>
  page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Your latest changes are not saved" }) });

test("a long paste is cut at the field's limit and the assessment survives a reload", async ({ page }) => {
  await seedAssessments(page, [{ id: "paste", name: "Paste service", answers: { "scope.breadth": "one-service" } }]);
  await page.goto("/assess/scope");
  await pageSettled(page);
  await choice(page, "scope.first-workload", "batch").check();
  await textAnswer(page, "scope.pilot-name").focus();
  await page.keyboard.insertText("p".repeat(600));
  await expect(textAnswer(page, "scope.pilot-name")).toHaveValue("p".repeat(LIMIT));
  await expect(page.getByText(`Up to ${LIMIT} characters.`).first()).toBeVisible();

  await page.reload();
  await pageSettled(page);
  await expect(page.getByText("Answering for Paste service")).toBeVisible();
  await expect(choice(page, "scope.breadth", "one-service")).toBeChecked();
  await expect(textAnswer(page, "scope.pilot-name")).toHaveValue("p".repeat(LIMIT));
  expect((await readAssessments(page))[0]?.answers).toEqual({
    "scope.breadth": "one-service",
    "scope.first-workload": "batch",
    "scope.pilot-name": "p".repeat(LIMIT),
  });
});

test("a record saved before the limit, with a 600-character answer, opens without losing the rest and says so", async ({ page }) => {
  await seedAssessments(page, [
    { id: "long", name: "Long answer", answers: { "scope.breadth": "one-service", "scope.pilot-name": "q".repeat(600) } },
  ]);
  await page.goto("/");
  await pageSettled(page);
  await expect(page.getByText("You are assessing Long answer.")).toBeVisible();
  await expect(
    page
      .getByRole("alert")
      .getByText(/“Long answer” opened without some of what was saved: the answer to “scope\.pilot-name” was longer than 500 characters/),
  ).toBeVisible();
  await page.goto("/assessments");
  await pageSettled(page);
  await expect(page.getByRole("heading", { name: "Saved in this browser (1)" })).toBeVisible();
  const [saved] = await readAssessments(page);
  expect(saved?.answers).toEqual({ "scope.breadth": "one-service", "scope.pilot-name": "q".repeat(500) });
});

/** Fills the origin's storage the way another app on the origin could, until it refuses more. */
async function fillStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    let size = 1 << 20;
    let index = 0;
    while (size >= 1) {
      try {
        localStorage.setItem(`other-app.${index}`, "x".repeat(size));
        index += 1;
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
}

test("full storage: the user is told at once, can download the work, and what was saved stays", async ({ page }) => {
  await seedAssessments(page, [{ id: "full", name: "Full service", answers: { "scope.breadth": "one-service" } }]);
  await page.goto("/assess/scope");
  await pageSettled(page);
  await expect(page.getByText("Your answers are saved in this browser as you give them.")).toBeVisible();
  await fillStorage(page);

  await choice(page, "scope.first-workload", "batch").check();
  await expect(notSaved(page)).toBeVisible();
  await expect(notSaved(page)).toContainText("storage for this site is full");
  await expect(page.getByText("Your answers are saved in this browser as you give them.")).toHaveCount(0);
  await expect(page.getByText("Not saved: your latest answers are only in this tab.")).toBeVisible();
  // What was saved before is untouched.
  expect((await readAssessments(page))[0]?.answers).toEqual({ "scope.breadth": "one-service" });

  const download = page.waitForEvent("download");
  await notSaved(page).getByRole("button", { name: "Download “Full service” as JSON" }).click();
  const file = JSON.parse(await readFile((await (await download).path()) ?? "", "utf8")) as {
    format: string;
    assessment: { answers: unknown };
  };
  expect(file.format).toBe("know-before-you-deploy/assessment");
  expect(file.assessment.answers).toEqual({ "scope.breadth": "one-service", "scope.first-workload": "batch" });

  // The notice follows the user to other pages until the work is saved.
  await page.getByRole("link", { name: "Guides" }).first().click();
  await expect(notSaved(page)).toBeVisible();
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith("other-app.")) localStorage.removeItem(key);
  });
  await notSaved(page).getByRole("button", { name: "Try saving again" }).click();
  await expect(notSaved(page)).toHaveCount(0);
  expect((await readAssessments(page))[0]?.answers).toEqual({ "scope.breadth": "one-service", "scope.first-workload": "batch" });
});

test("refused storage: the app still works, says nothing is kept, and offers the download", async ({ page }) => {
  await page.addInitScript(() => {
    for (const name of ["localStorage", "sessionStorage"]) {
      Object.defineProperty(window, name, {
        configurable: true,
        get() {
          throw new DOMException("Access is denied for this document.", "SecurityError");
        },
      });
    }
  });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto("/");
  await pageSettled(page);
  const refused = page
    .getByRole("alert")
    .filter({ has: page.getByRole("heading", { name: "This browser is not keeping anything you enter here" }) });
  await expect(refused).toBeVisible();
  await page.getByLabel("What are you assessing?").fill("Private window");
  await page.getByRole("button", { name: "Start assessment" }).click();
  await expect(page).toHaveURL(/\/assess\/scope$/);
  await choice(page, "scope.breadth", "one-team").check();
  await expect(page.getByText("Not saved: your latest answers are only in this tab.")).toBeVisible();
  const download = page.waitForEvent("download");
  await refused.getByRole("button", { name: "Download “Private window” as JSON" }).click();
  const file = JSON.parse(await readFile((await (await download).path()) ?? "", "utf8")) as { assessment: { answers: unknown } };
  expect(file.assessment.answers).toEqual({ "scope.breadth": "one-team" });
  expect(errors).toEqual([]);
});

test("plain HTTP on an internal host name: start and duplicate work without a secure context", async ({ baseURL }) => {
  const port = new URL(baseURL ?? "http://127.0.0.1:3100").port;
  const browser = await chromium.launch({
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
    args: [...chromiumArgs, "--host-resolver-rules=MAP kbyd-team.internal 127.0.0.1"],
  });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`http://kbyd-team.internal:${port}/`);
    await pageSettled(page);
    expect(await page.evaluate(() => ({ secure: window.isSecureContext, uuid: typeof crypto.randomUUID }))).toEqual({
      secure: false,
      uuid: "undefined",
    });
    await page.getByLabel("What are you assessing?").fill("Internal host");
    await page.getByRole("button", { name: "Start assessment" }).click();
    await expect(page).toHaveURL(/\/assess\/scope$/);
    await choice(page, "scope.breadth", "one-team").check();
    await page.goto(`http://kbyd-team.internal:${port}/assessments`);
    await pageSettled(page);
    await page.getByRole("button", { name: "Duplicate Internal host", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Saved in this browser (2)" })).toBeVisible();
    const names = (await readAssessments(page)).map((a) => a.name).sort();
    expect(names).toEqual(["Copy of Internal host", "Internal host"]);
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});
