/**
 * A plan a team can start on (issue 13 §4): the plan leads with at most seven actions to
 * begin with, each saying why now; unknown answers become "find out" tasks naming whom to
 * ask; effort reads as ranges; the results say how much of each area is known.
 */
import { expect, test } from "@playwright/test";
import { questionnaire } from "@/content/questionnaire";
import { legacyMonolith } from "@/content/scenarios/teams";
import { assess, isUnknownAnswer, type Answers } from "@/lib/engine";
import { expectNoAxeViolations } from "./support/axe";
import { pageSettled } from "./support/page-settled";
import { makeAssessment, seedAssessments } from "./support/seed";

/** The legacy pilot with its first two single-choice answers that offer "not sure" turned into "not sure". */
function withUnknowns(): Answers {
  const answers: Record<string, Answers[string]> = { ...legacyMonolith };
  const candidates = questionnaire.questions.filter(
    (question) => question.kind === "single" && question.id in answers && question.options.some((option) => option.unknown),
  );
  for (const question of candidates.slice(0, 2)) {
    const unknown = question.kind === "single" ? question.options.find((option) => option.unknown) : undefined;
    if (unknown) answers[question.id] = unknown.id;
  }
  return answers;
}

const answers = withUnknowns();
const view = assess(questionnaire, makeAssessment({ id: "seed-0", name: "Legacy pilot", answers }));

test.beforeEach(async ({ page }) => {
  await seedAssessments(page, [{ name: "Legacy pilot", answers }]);
});

test("the plan starts with at most seven actions, each with why now, then every action by phase", async ({ page }) => {
  const unknowns = questionnaire.questions.filter((question) => isUnknownAnswer(question, answers[question.id]));
  expect(unknowns.length, "content offers no unknown option on the legacy pilot's questions").toBeGreaterThan(0);

  await page.goto("/plan");
  await pageSettled(page);
  const startHere = page.getByRole("region", { name: "Start here" });
  await expect(startHere.getByRole("heading", { level: 2, name: "Start here" })).toBeVisible();
  const items = startHere.getByRole("listitem");
  await expect(items).toHaveCount(view.plan.startHere.length);
  expect(view.plan.startHere.length).toBeGreaterThan(0);
  expect(view.plan.startHere.length).toBeLessThanOrEqual(7);
  for (const [index, item] of view.plan.startHere.entries()) {
    await expect(items.nth(index).getByRole("link")).toHaveText(item.title);
    await expect(items.nth(index)).toContainText(`Why now: ${item.whyNow}`);
  }
  // Start here comes before the plan by phase, which still lists every action.
  const order = await page.locator("#start-here-title, #plan-actions-title").evaluateAll((hs) => hs.map((h) => h.id));
  expect(order).toEqual(["start-here-title", "plan-actions-title"]);
  await expect(page.locator("li.plan-action")).toHaveCount(view.plan.summary.total);

  // Each unknown answer is a task to find out, first in the first phase, naming whom to ask.
  const firstPhase = page.locator("section.plan-phase").first();
  for (const question of unknowns) {
    const task = firstPhase.locator(`[id="action-find-out.${question.id}"]`);
    await expect(task.getByRole("heading", { level: 3 })).toContainText(`Find out: ${question.prompt} — ask: `);
    await expect(task.getByRole("link", { name: /^Answer it in / })).toBeVisible();
    // Settled by answering the question, so it offers no decision of its own.
    await expect(task.getByRole("radio")).toHaveCount(0);
  }
  // A find-out task that risks wait on is among the ones to start with.
  const blocking = view.plan.startHere.filter((item) => item.discovery);
  expect(blocking.length).toBeGreaterThan(0);
  await expect(startHere.getByRole("link", { name: blocking[0]?.title ?? "" })).toBeVisible();

  // Following a start-here link lands on the action in the plan.
  const first = view.plan.startHere[0];
  await items.first().getByRole("link").click();
  await expect(page.locator(`[id="action-${first?.id}"]`)).toBeInViewport();

  await expectNoAxeViolations(page);
});

test("effort reads as ranges: per action and for the plan in total", async ({ page }) => {
  await page.goto("/plan");
  await pageSettled(page);
  const { min, max } = view.plan.summary.personDaysRange;
  expect(min).toBeLessThan(max);
  await expect(page.getByRole("region", { name: "The plan at a glance" })).toContainText(`roughly ${min}–${max} person-days`);
  const efforts = await page.locator("li.plan-action .plan-action__facts > div:nth-child(2) dd").allTextContents();
  expect(efforts.length).toBe(view.plan.summary.total);
  for (const effort of efforts) expect(effort.trim()).toMatch(/^(Small \(1–3 days\)|Medium \(1–2 weeks\)|Large \(3–6 weeks\))$/);
});

test("the results say how much of each area is known, beside its readiness", async ({ page }) => {
  await page.goto("/results");
  await pageSettled(page);
  const partly = view.areas.filter((area) => area.knownShare !== null && area.knownShare < 100);
  expect(partly.length).toBeGreaterThan(0);
  const chart = page.getByRole("img", { name: /^Readiness by area, out of 100/ });
  await expect(chart.locator(".readiness__known")).toHaveText(
    view.areas.flatMap((area) => (area.knownShare === null ? [] : [`${area.knownShare}% known`])),
  );
  await page.getByText("Readiness as a table").click();
  const table = page.getByRole("table", { name: "Readiness by area" });
  for (const area of partly) await expect(table.getByRole("row", { name: new RegExp(area.title) })).toContainText(area.knownLabel);
  await expectNoAxeViolations(page);
});
