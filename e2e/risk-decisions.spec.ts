/**
 * Accepting a risk (issue 17): the decision asks for its reason, who and a review day; the
 * risk moves to its own list, stays marked in the matrix and leaves the plan's priorities;
 * its decision record downloads; a result link carries it; and when an answer behind the
 * risk changes, the decision is flagged for review and the risk is back in the register.
 */
import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { questionnaire } from "@/content/questionnaire";
import { smallTeamToKubernetes } from "@/content/scenarios/teams";
import { assess, riskBasis, type Answers, type AnswerValue } from "@/lib/engine";
import { fieldName } from "@/components/ui/field-names";
import { expectNoAxeViolations } from "./support/axe";
import { pageSettled } from "./support/page-settled";
import { makeAssessment, seedAssessments } from "./support/seed";

const answers: Answers = smallTeamToKubernetes;
const view = assess(questionnaire, makeAssessment({ answers }));

/** A risk, and one other answer to a question behind it that still raises it, for another reason. */
function riskWithAnotherReason(): { riskId: string; title: string; area: string; question: string; value: AnswerValue } {
  for (const risk of view.risks) {
    for (const reason of risk.because) {
      const question = questionnaire.questions.find((q) => q.id === reason.question);
      if (!question || question.kind !== "single") continue;
      for (const option of question.options) {
        if (option.id === reason.answer || option.unknown) continue;
        const changed = assess(questionnaire, makeAssessment({ answers: { ...answers, [question.id]: option.id } }));
        const again = changed.risks.find((r) => r.id === risk.id);
        if (again && riskBasis(again) !== riskBasis(risk))
          return { riskId: risk.id, title: risk.title, area: question.area, question: question.id, value: option.id };
      }
    }
  }
  throw new Error("Test setup: no risk of this team can be raised for another reason by one single-choice answer");
}

const target = riskWithAnotherReason();
const REASON = "Only two internal users; a day without it is tolerable";

function inAMonth(): string {
  const day = new Date(Date.now() + 30 * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** A risk's card in the register or the decided list: its heading starts with the title. */
function riskCard(within: Page | Locator, title: string): Locator {
  return within.getByRole("article", { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) });
}

test.beforeEach(async ({ page }) => {
  await seedAssessments(page, [{ name: "Team platform", answers }]);
});

test("accept a risk, download its decision record, share it, then see it flagged when its answers change", async ({ page, context }) => {
  await page.goto("/results");
  await pageSettled(page);
  const card = riskCard(page, target.title);
  await card.getByRole("button", { name: /^Decide on this risk\b.*mitigated another way/ }).click();

  // Nothing chosen: every problem is said by its field, and focus goes to the first.
  await card.getByRole("button", { name: "Save the decision" }).click();
  await expect(card.getByText("Choose whether the team accepts the risk or mitigates it another way")).toBeVisible();
  await card.getByLabel("Accept the risk").check();
  await card.getByRole("button", { name: "Save the decision" }).click();
  await expect(card.getByText("Say why the team accepts this risk")).toBeVisible();
  await expect(card.getByText("Say who accepted the risk")).toBeVisible();
  await expect(card.getByText("Choose a day to review this decision")).toBeVisible();
  await expect(card.getByLabel("Why the team accepts it")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  await card.getByLabel("Why the team accepts it").fill(REASON);
  await card.getByLabel("Who accepted it").fill("Ana Silva");
  await card.getByLabel("Review on").fill(inAMonth());
  await card.getByRole("button", { name: "Save the decision" }).click();

  // It leaves the register for its own list, still visible, and is marked in the matrix.
  const decided = page.getByRole("region", { name: "Accepted and mitigated risks" });
  const settled = riskCard(decided, target.title);
  await expect(settled.getByText(/Accepted by Ana Silva on \d{4}-\d{2}-\d{2}; review by/)).toBeVisible();
  await expect(settled.getByText(REASON)).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Risk register" }).getByRole("article", { name: new RegExp(`^${target.title}`) }),
  ).toHaveCount(0);
  await expect(page.locator(".matrix-cell__risks li", { hasText: target.title })).toContainText("(accepted)");
  await expect(page.getByRole("button", { name: /settled/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // Its decision record.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    settled.getByRole("button", { name: /Download the decision record \(ADR\)/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^0001-.*\.md$/);
  const adr = await readFile(await download.path(), "utf8");
  expect(adr).toContain(target.title);
  expect(adr).toContain(REASON);
  expect(adr).toContain("Ana Silva");
  expect(adr).toContain(inAMonth());
  expect(adr).toMatch(/## Context and Problem Statement/);
  expect(adr).toMatch(/## Decision Outcome/);

  // All of them in one archive: a zip holding the same record and an index.
  const [archive] = await Promise.all([
    page.waitForEvent("download"),
    decided.getByRole("button", { name: "Download every decision record (ADR, .zip)" }).click(),
  ]);
  expect(archive.suggestedFilename()).toMatch(/decisions.*\.zip$/);
  const zip = await readFile(await archive.path());
  expect(zip.subarray(0, 4).toString("latin1")).toBe("PK\u0003\u0004");
  expect(zip.toString("latin1")).toContain(download.suggestedFilename());
  expect(zip.toString("latin1")).toContain("index.md");
  expect(zip.toString("utf8")).toContain(REASON);

  // The plan no longer starts with what only this risk asked for.
  const setAside = view.plan.phases
    .flatMap((phase) => phase.actions)
    .filter((action) => action.mitigates.length > 0 && action.mitigates.every((m) => m.id === target.riskId) && !action.baseline);
  await page.goto("/plan");
  await pageSettled(page);
  for (const action of setAside) {
    await expect(page.getByRole("region", { name: "Start here" }).getByText(action.title, { exact: true })).toHaveCount(0);
  }

  // A result link carries the decision.
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/results");
  await pageSettled(page);
  await page.getByRole("button", { name: "Copy result link" }).click();
  const link = await page.getByLabel("Result link").inputValue();
  const reader = await context.newPage();
  await reader.goto(link);
  await pageSettled(reader);
  const sharedDecided = reader.getByRole("region", { name: "Accepted and mitigated risks" });
  await expect(sharedDecided.getByText(/Accepted by Ana Silva/)).toBeVisible();
  await expect(sharedDecided.getByRole("button")).toHaveCount(0);
  await reader.close();

  // Change an answer behind the risk: it still is raised, for another reason, so the acceptance is due for review.
  await page.goto(`/assess/${target.area}`);
  await pageSettled(page);
  await page.locator(`input[name="${fieldName(target.question)}"][value="${String(target.value)}"]`).check();
  await page.goto("/results");
  await pageSettled(page);
  const register = page.getByRole("region", { name: "Risk register" });
  const back = riskCard(register, target.title);
  await expect(back.getByText("Review due", { exact: true })).toBeVisible();
  await expect(back.getByText(/the answers that raise it have changed since/)).toBeVisible();
  await expect(page.getByText(/1 decision is due for review/)).toBeVisible();
  await back.getByRole("button", { name: /Decide again/ }).click();
  await expect(back.getByLabel("Why the team accepts it")).toHaveValue(REASON);
  await expectNoAxeViolations(page);
});

test("mitigated another way, at 320 px and by keyboard, and taken back", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto("/results");
  await pageSettled(page);
  const card = riskCard(page, target.title);
  const open = card.getByRole("button", { name: /^Decide on this risk\b.*mitigated another way/ });
  await open.focus();
  await page.keyboard.press("Enter");
  await card.getByLabel("Mitigated another way").focus();
  await page.keyboard.press("Space");
  await card.getByLabel("How it is mitigated").fill("The hosting provider's managed service covers it");
  await card.getByRole("button", { name: "Save the decision" }).focus();
  await page.keyboard.press("Enter");
  const decided = page.getByRole("region", { name: "Accepted and mitigated risks" });
  await expect(decided.getByText(/Mitigated another way on \d{4}-\d{2}-\d{2}\./)).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
  await decided.getByRole("button", { name: /Take the decision back/ }).click();
  await expect(page.getByRole("region", { name: "Accepted and mitigated risks" })).toHaveCount(0);
  await expect(riskCard(page.getByRole("region", { name: "Risk register" }), target.title)).toBeVisible();
});
