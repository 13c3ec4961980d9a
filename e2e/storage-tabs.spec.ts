/**
 * Several tabs on one browser: each keeps its own open assessment, a stale form follows
 * the other tab, ticked boxes add up, and tabs writing at the same moment lose nothing.
 */
import { expect, test } from "@playwright/test";
import { choice } from "./support/fields";
import { pageSettled } from "./support/page-settled";
import { readAssessments } from "./support/seed-records";
import { seedAssessments } from "./support/seed";

test("two tabs on different assessments: each tab's answers go into its own", async ({ page, context }) => {
  await seedAssessments(page, [
    { id: "alpha", name: "Alpha service" },
    { id: "beta", name: "Beta service", open: false },
  ]);
  await page.goto("/assess/scope");
  await pageSettled(page);
  await expect(page.getByText("Answering for Alpha service")).toBeVisible();

  const other = await context.newPage();
  await other.goto("/assessments");
  await pageSettled(other);
  await other.getByRole("button", { name: "Open Beta service", exact: true }).click();
  await expect(other.getByText("You are assessing Beta service.")).toBeVisible();
  await other.goto("/assess/skills");
  await pageSettled(other);
  await expect(other.getByText("Answering for Beta service")).toBeVisible();
  await choice(other, "skills.ops-capacity", "ops-team").check();

  // Back in the first tab, which was opened on Alpha and stays on Alpha.
  await choice(page, "scope.breadth", "one-service").check();
  await page.goto("/assess/skills");
  await pageSettled(page);
  await expect(page.getByText("Answering for Alpha service")).toBeVisible();
  await expect(choice(page, "skills.ops-capacity", "ops-team")).not.toBeChecked();
  await page.goto("/results");
  await pageSettled(page);
  await expect(page.locator("main").getByText("Alpha service").first()).toBeVisible();

  await expect
    .poll(async () => Object.fromEntries((await readAssessments(page)).map((a) => [a.name, a.answers])))
    .toEqual({ "Alpha service": { "scope.breadth": "one-service" }, "Beta service": { "skills.ops-capacity": "ops-team" } });
});

test("two tabs on the same area: a form follows the other tab and both answers are kept, ticked boxes added up", async ({
  page,
  context,
}) => {
  await seedAssessments(page, [{ id: "shared", name: "Shared service" }]);
  await page.goto("/assess/scope");
  await pageSettled(page);
  const other = await context.newPage();
  await other.goto("/assess/scope");
  await pageSettled(other);

  await choice(page, "scope.breadth", "one-team").check();
  await choice(page, "scope.goals", "consistency").check();
  // The other tab's form shows what the first tab saved, without a reload.
  await expect(choice(other, "scope.breadth", "one-team")).toBeChecked();
  await expect(choice(other, "scope.goals", "consistency")).toBeChecked();

  await choice(other, "scope.goals", "faster-delivery").check();
  await choice(other, "scope.first-workload", "batch").check();
  await expect(choice(page, "scope.goals", "faster-delivery")).toBeChecked();
  await expect(choice(page, "scope.first-workload", "batch")).toBeChecked();

  await expect
    .poll(async () => {
      const [saved] = await readAssessments(page);
      const goals = saved?.answers["scope.goals"];
      return { ...saved?.answers, "scope.goals": Array.isArray(goals) ? [...goals].sort() : goals };
    })
    .toEqual({ "scope.breadth": "one-team", "scope.goals": ["consistency", "faster-delivery"], "scope.first-workload": "batch" });
});

test("two tabs writing at the same moment, 20 rounds: no record is lost", async ({ page, context }) => {
  test.setTimeout(120_000);
  await seedAssessments(page, [{ id: "base", name: "Base" }]);
  const other = await context.newPage();
  for (const tab of [page, other]) {
    await tab.goto("/assessments");
    await pageSettled(tab);
  }
  for (let round = 0; round < 20; round += 1) {
    await Promise.all([page, other].map((tab) => tab.getByRole("button", { name: "Duplicate Base", exact: true }).click()));
  }
  await expect.poll(async () => (await readAssessments(page)).length).toBe(41);
  // Each tab heard of the other's copies, and a reload finds them all too.
  for (const tab of [page, other]) await expect(tab.getByRole("heading", { name: "Saved in this browser (41)" })).toBeVisible();
  await page.reload();
  await pageSettled(page);
  await expect(page.getByRole("heading", { name: "Saved in this browser (41)" })).toBeVisible();
});
