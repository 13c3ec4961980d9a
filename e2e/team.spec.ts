import { expect, test, type Browser, type Page } from "@playwright/test";
import { fieldName, questionDomId } from "@/components/ui/field-names";
import { questionnaire } from "@/content/questionnaire";
import { legacyMonolith } from "@/content/scenarios/teams";
import { resolveVisibility, type Answers } from "@/lib/engine";
import { expectNoAxeViolations } from "./support/axe";
import { pageSettled } from "./support/page-settled";
import { byId } from "./support/saved-state";
import { seedAssessments } from "./support/seed";
import { readAssessments } from "./support/seed-records";

const SIGTERM = "What does the application do when it receives SIGTERM?";
const BACKUP = "How is that state backed up, and when did you last restore it?";

/** Answers every shown question of the respond page, in content order, as the wizard's helper does. */
async function answerAll(page: Page, answers: Answers): Promise<void> {
  const { effective } = resolveVisibility(questionnaire, answers);
  for (const question of questionnaire.questions) {
    const value = effective[question.id];
    if (value === undefined) continue;
    await expect(page.locator(byId(questionDomId(question.id)))).toBeVisible();
    const name = fieldName(question.id);
    const textarea = page.locator(`textarea[name="${name}"]`);
    if (await textarea.count()) await textarea.fill(String(value));
    else
      for (const option of Array.isArray(value) ? value : [String(value)])
        await page.locator(`input[name="${name}"][value="${option}"]`).check();
  }
}

async function respond(browser: Browser, invite: string, role: string, name: string, answers: Answers): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Their own saved work, which answering for the team must not touch.
  const own = await seedAssessments(page, [{ name: `${name}'s own assessment`, answers: { "storage.stateful": "no" } }]);
  await page.goto(invite);
  await pageSettled(page);
  await expect(page.getByRole("heading", { name: "You are asked about “Claims platform”" })).toBeVisible();
  await page.getByRole("button", { name: "Send your answers" }).click();
  await expect(page.getByRole("link", { name: "Choose your role, so the facilitator can see where views differ" })).toBeVisible();
  await page.getByRole("group", { name: "Your role" }).getByLabel(role).check();
  await page.getByLabel("Your name (optional)").fill(name);
  await answerAll(page, answers);
  await page.getByRole("button", { name: "Send your answers" }).click();
  const link = await page.getByLabel("Your response link").inputValue();
  expect(link).toMatch(/\/team#r1\./);
  expect(link.length).toBeLessThan(300);
  expect(await readAssessments(page)).toEqual(own);
  await context.close();
  return link;
}

test("a facilitator invites, three respondents disagree on signals and backups, and the settled answers reach the results", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const facilitatorContext = await browser.newContext();
  const page = await facilitatorContext.newPage();
  await page.goto("/");
  await pageSettled(page);
  await page.getByLabel("What are you assessing?").fill("Claims platform");
  await page.getByRole("button", { name: "Start assessment" }).click();
  await expect(page).toHaveURL(/\/assess\//);
  await page.goto("/team");
  await pageSettled(page);
  await page.getByLabel("A note for them (optional)").fill("Answer for the claims service, by Friday");
  await page.getByRole("button", { name: "Make the invitation link" }).click();
  const invite = await page.getByLabel("The invitation link").inputValue();
  expect(invite).toMatch(/\/respond#i1\./);
  expect(invite.length).toBeLessThan(300);

  const links = [
    await respond(browser, invite, "Development", "Ada", {
      ...legacyMonolith,
      "app-knowledge.sigterm": "graceful",
      "storage.backup": "tested",
    }),
    await respond(browser, invite, "Operations / platform", "Grace", {
      ...legacyMonolith,
      "app-knowledge.sigterm": "ignores",
      "storage.backup": "none",
    }),
    await respond(browser, invite, "Security", "Lin", { ...legacyMonolith, "app-knowledge.sigterm": "not-sure" }),
  ];

  await page.getByLabel("Paste response links").fill(links.join("\n"));
  await page.getByRole("button", { name: "Add the responses" }).click();
  await expect(page.getByRole("table", { name: "3 responses" })).toBeVisible();
  // The same response twice is noticed, not counted.
  await page.getByLabel("Paste response links").fill(links[0] ?? "");
  await page.getByRole("button", { name: "Add the responses" }).click();
  await expect(page.getByText("It was added already.")).toBeVisible();
  await expect(page.getByRole("table", { name: "3 responses" })).toBeVisible();

  // Disagreements first, the ones that change the risks most at the top.
  const settles = page.locator("fieldset.settle > legend");
  const first = await settles.allInnerTexts();
  expect(first.slice(0, 2).sort()).toEqual([BACKUP, SIGTERM].sort());
  const sigterm = page.locator("fieldset.settle").filter({ has: page.locator("legend", { hasText: SIGTERM }) });
  await expect(sigterm.getByRole("row", { name: /Not sure \(an unknown, not a vote\) Security \(Lin\)/ })).toBeVisible();
  await expect(page.getByText("The sharpest differences between development and operations")).toBeVisible();
  await expect(page.getByText(/^The other \d+ risks the questionnaire knows are raised by no one’s answers\.$/)).toBeVisible();
  await expectNoAxeViolations(page);

  // The default is the most cautious answer; the facilitator settles SIGTERM on the developers' answer instead.
  await expect(sigterm.getByLabel(/Ignores it.*the most cautious/)).toBeChecked();
  await sigterm.getByLabel(/Stops taking new work/).check();
  await sigterm.getByLabel("Why (optional)").fill("Ada showed the shutdown hook in the code");
  await sigterm.getByLabel("Why (optional)").blur();
  await page.getByRole("button", { name: "Save the agreed answers" }).click();
  await expect(page.getByText(/Saved \d+ agreed answers into “Claims platform”/)).toBeVisible();

  const [agreed] = await readAssessments(page);
  expect(agreed?.answers["app-knowledge.sigterm"]).toBe("graceful");
  expect(agreed?.answers["storage.backup"]).toBe("none");
  expect(agreed?.evidence?.["app-knowledge.sigterm"]).toMatch(/^Agreed from 3 responses/);
  expect(agreed?.evidence?.["app-knowledge.sigterm"]).toContain("Ada showed the shutdown hook in the code");

  // The results follow the settlement: backups as the most cautious answer, SIGTERM as settled.
  await page.goto("/results");
  await pageSettled(page);
  await expect(
    page
      .locator(".risk__why")
      .getByText(/Agreed from 3 responses/)
      .first(),
  ).toBeVisible();

  // The team view is still there to revisit, and exports its summary.
  await page.goto("/team");
  await pageSettled(page);
  await expect(page.getByRole("table", { name: "3 responses" })).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download the team summary (Markdown)" }).click();
  const file = await download;
  const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  expect(text).toContain("# The team's view: Claims platform");
  expect(text).toContain(`### ${SIGTERM}`);
  expect(text).toContain("settled by the facilitator");
  await facilitatorContext.close();
});

test("a damaged invitation and hostile response links are refused with a reason and change nothing", async ({ page }) => {
  await page.goto("/respond#i1.abc");
  await expect(page.getByRole("heading", { name: "This invitation cannot be opened" })).toBeVisible();
  await expectNoAxeViolations(page);

  await seedAssessments(page, [{ name: "Claims platform" }]);
  await page.goto("/team");
  await pageSettled(page);
  await page.getByLabel("Paste response links").fill("https://example.org/team#r1.zzzzzzzzzz.security.AAAA\nnot-a-link");
  await page.getByRole("button", { name: "Add the responses" }).click();
  await expect(page.locator(".add-outcomes li")).toHaveCount(2);
  await expect(page.getByText("No responses yet.")).toBeVisible();
});

test("the respond page works at 320 px", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await seedAssessments(page, [{ name: "Claims platform" }]);
  await page.goto("/team");
  await pageSettled(page);
  await page.getByLabel("Only some areas").check();
  await page.getByLabel("Application knowledge").check();
  await page.getByRole("button", { name: "Make the invitation link" }).click();
  const invite = await page.getByLabel("The invitation link").inputValue();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.goto(invite);
  await pageSettled(page);
  await expect(page.getByRole("heading", { name: "Application knowledge" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Persistent storage" })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page);
});
