import { expect, test, type Page } from "@playwright/test";
import { questionnaire } from "@/content/questionnaire";
import { legacyMonolith } from "@/content/scenarios/teams";
import { evaluate } from "@/lib/engine";
import { expectNoAxeViolations } from "./support/axe";
import { downloadExport, parseCsv, planOnPage } from "./support/exports";
import { pageSettled } from "./support/page-settled";
import { seedAssessments } from "./support/seed";

const PHASES = ["Decide", "Foundations", "Pilot", "Production", "Scale"];
// The size and, since issue 13 §4, its range of time: an estimate, not a figure.
const EFFORT = { S: "Small (1–3 days)", M: "Medium (1–2 weeks)", L: "Large (3–6 weeks)" } as const;
const content = new Map(questionnaire.actions.map((action) => [action.id, action]));
const roleTitle = new Map(questionnaire.roles.map((role) => [role.id, role.title]));
const phaseTitle = new Map(questionnaire.phases.map((phase) => [phase.id, phase.title]));

interface ShownAction {
  id: string;
  phase: string;
  facts: Record<string, string>;
  riskLinks: string[];
  dependsOnLinks: { href: string; text: string }[];
}

/** Every action on the page with the phase section it sits in, its facts and its links. */
async function readActions(page: Page): Promise<ShownAction[]> {
  return page.locator("li.plan-action").evaluateAll((items) =>
    items.map((item) => {
      const facts: Record<string, string> = {};
      item.querySelectorAll(".plan-action__facts > div").forEach((pair) => {
        facts[pair.querySelector("dt")?.textContent ?? ""] = (
          (pair.querySelector("dd .tag") ?? pair.querySelector("dd"))?.textContent ?? ""
        ).trim();
      });
      const paragraph = (label: string) => [...item.querySelectorAll("p")].find((p) => p.querySelector("strong")?.textContent === label);
      return {
        id: item.id.replace(/^action-/, ""),
        phase: item.closest("section")?.querySelector("h3")?.textContent ?? "",
        facts,
        riskLinks: [...(paragraph("Mitigates:")?.querySelectorAll("a") ?? [])].map((a) => a.getAttribute("href") ?? ""),
        dependsOnLinks: [...(paragraph("Depends on:")?.querySelectorAll("a") ?? [])].map((a) => ({
          href: a.getAttribute("href") ?? "",
          text: a.textContent ?? "",
        })),
      };
    }),
  );
}

async function openPlan(page: Page, name = "Order management"): Promise<void> {
  await seedAssessments(page, [{ name, answers: legacyMonolith }]);
  await page.goto("/plan");
  await pageSettled(page);
  await expect(page.locator("li.plan-action").first()).toBeVisible();
}

test("the plan shows the phases in order, each action with its facts and links, nothing before what it needs", async ({ page }) => {
  await openPlan(page);
  await expect(page.locator("section.plan-phase > h3")).toHaveText(PHASES);
  const shown = await readActions(page);
  const raised = new Set(evaluate(questionnaire, legacyMonolith).results.risks.map((risk) => risk.id));
  expect(shown.length).toBeGreaterThan(20);
  await expect(page.getByText(`Showing ${shown.length} of ${shown.length} actions`)).toBeVisible();

  const position = new Map(shown.map((action, index) => [action.id, index]));
  const linkedRisks = new Set<string>();
  for (const [index, action] of shown.entries()) {
    const source = content.get(action.id);
    expect(source, action.id).toBeDefined();
    if (!source) continue;
    expect(action.phase, action.id).toBe(phaseTitle.get(source.phase));
    expect(action.facts).toEqual({
      Owner: roleTitle.get(source.owner),
      Effort: EFFORT[source.effort],
      Priority: expect.stringMatching(/^(Critical|High|Medium|Low|Baseline)$/),
    });
    // Nothing comes before an action it depends on, and what it needs is in the plan.
    for (const dependency of source.dependsOn) {
      expect(position.get(dependency), `${action.id} needs ${dependency}`).toBeLessThan(index);
    }
    expect(action.dependsOnLinks).toEqual(source.dependsOn.map((id) => ({ href: `#action-${id}`, text: content.get(id)?.title })));
    const mitigated = source.mitigates.filter((id) => raised.has(id));
    expect(action.riskLinks.sort()).toEqual(mitigated.map((id) => `/results#risk-${id}`).sort());
    mitigated.forEach((id) => linkedRisks.add(id));
  }
  // Every raised risk is mitigated by some action in the plan.
  expect([...linkedRisks].sort()).toEqual([...raised].sort());

  // A depends-on link leads to its action on this page; a risk link to its entry on the results.
  const withDependency = shown.find((action) => action.dependsOnLinks.length > 0);
  const target = withDependency?.dependsOnLinks[0]?.href ?? "#missing";
  await page.locator(`[id="action-${withDependency?.id}"] a[href="${target}"]`).click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(`[id="${target.slice(1)}"]`)).toBeInViewport();

  const riskHref = shown.find((action) => action.riskLinks.length > 0)?.riskLinks[0] ?? "/results#missing";
  await page.locator(`a[href="${riskHref}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${riskHref}$`));
  await expect(page.locator(`[id="${riskHref.replace("/results#", "")}"]`)).toBeInViewport();
});

test("a decision (done, not applicable with a reason, person, note) is saved and appears in every export", async ({ page }) => {
  await openPlan(page, "Decisions kept");
  const [first, second] = (await planOnPage(page)).slice(0, 2);
  if (!first || !second) throw new Error("The plan has fewer than two actions");
  const one = page.locator(`[id="action-${first.id}"]`);
  const two = page.locator(`[id="action-${second.id}"]`);

  await one.getByLabel("Done", { exact: true }).check();
  // Person and note fields appear on request, with focus in the first of them.
  await one.getByRole("button", { name: /Add a person or a note/ }).click();
  await expect(one.getByLabel("Person taking it on")).toBeFocused();
  await one.getByLabel("Person taking it on").fill("Priya Natarajan");
  await two.getByLabel("Not applicable", { exact: true }).check();
  await two.getByLabel("Why it does not apply").fill("The board chose it already");
  await two.getByRole("button", { name: /Add a person or a note/ }).click();
  await two.getByLabel("Person taking it on").fill("Tom Okafor");
  await two.getByLabel("Note").fill("Revisit after the pilot review");
  await expect(one.getByRole("heading", { level: 3 })).toContainText("Done");
  await expect(page.getByText(/actions, 2 done or not applicable/)).toBeVisible();

  await page.reload();
  await pageSettled(page);
  await expect(one.getByLabel("Done", { exact: true })).toBeChecked();
  await expect(one.getByLabel("Person taking it on")).toHaveValue("Priya Natarajan");
  await expect(two.getByLabel("Not applicable", { exact: true })).toBeChecked();
  await expect(two.getByLabel("Why it does not apply")).toHaveValue("The board chose it already");
  await expect(two.getByLabel("Person taking it on")).toHaveValue("Tom Okafor");
  await expect(two.getByLabel("Note")).toHaveValue("Revisit after the pilot review");

  const csv = parseCsv((await downloadExport(page, "CSV (plan)")).text);
  const row = (title: string) => csv.find((cells) => cells[2] === title);
  expect(row(first.title)?.slice(4, 12)).toEqual([
    "Priya Natarajan",
    expect.any(String),
    expect.any(String),
    "Done",
    expect.any(String),
    expect.any(String),
    "",
    "",
  ]);
  expect(row(second.title)?.[4]).toBe("Tom Okafor");
  expect(row(second.title)?.slice(7, 8)).toEqual(["Not applicable"]);
  expect(row(second.title)?.slice(10, 12)).toEqual(["Revisit after the pilot review", "The board chose it already"]);

  const markdown = (await downloadExport(page, "Markdown")).text;
  expect(markdown).toMatch(
    new RegExp(`^\\| 1 \\| ${first.title} \\| [^|]+ \\| Priya Natarajan \\| \\w \\([^)]+\\) \\| \\w+ \\| Done \\|`, "m"),
  );
  expect(markdown).toMatch(
    new RegExp(`^\\| 2 \\| ${second.title} \\| [^|]+ \\| Tom Okafor \\| \\w \\([^)]+\\) \\| \\w+ \\| Not applicable \\|`, "m"),
  );
  expect(markdown).toContain("**Not applicable because:** The board chose it already");
  expect(markdown).toContain("**Note:** Revisit after the pilot review");

  const json = JSON.parse((await downloadExport(page, "JSON")).text) as {
    assessment: { decisions: unknown };
    computed: { plan: { id: string; status: string }[] };
  };
  expect(json.assessment.decisions).toEqual({
    [first.id]: { status: "done", person: "Priya Natarajan" },
    [second.id]: {
      status: "not-applicable",
      reason: "The board chose it already",
      person: "Tom Okafor",
      note: "Revisit after the pilot review",
    },
  });
  expect(json.computed.plan.slice(0, 3).map((action) => action.status)).toEqual(["done", "not-applicable", "open"]);

  await page.goto("/print");
  await pageSettled(page);
  const printed = page.locator(".print-document");
  await expect(printed).toContainText("Status: Done · Person: Priya Natarajan");
  await expect(printed).toContainText("Status: Not applicable · Person: Tom Okafor");
  await expect(printed).toContainText("Not applicable because: The board chose it already");
  await expect(printed).toContainText("Note: Revisit after the pilot review");
});

test("the plan filters by owner role and by phase, and axe finds nothing with or without a filter", async ({ page }) => {
  await openPlan(page);
  const all = await readActions(page);
  await expectNoAxeViolations(page);

  const security = all.filter((action) => action.facts.Owner === "Security");
  expect(security.length).toBeGreaterThan(0);
  expect(security.length).toBeLessThan(all.length);
  await page.getByLabel("Owner role").selectOption({ label: "Security" });
  await expect(page.getByText(`Showing ${security.length} of ${all.length} actions`)).toBeVisible();
  expect((await readActions(page)).map((action) => action.id)).toEqual(security.map((action) => action.id));
  await expect(page.locator("section.plan-phase > h3")).toHaveText(PHASES);

  const securityInPilot = security.filter((action) => action.phase === "Pilot");
  await page.getByLabel("Phase").selectOption({ label: "Pilot" });
  await expect(page.locator("section.plan-phase > h3")).toHaveText(["Pilot"]);
  await expect(page.getByText(`Showing ${securityInPilot.length} of ${all.length} actions`)).toBeVisible();
  expect((await readActions(page)).map((action) => action.id)).toEqual(securityInPilot.map((action) => action.id));
  await expectNoAxeViolations(page);

  await page.getByLabel("Owner role").selectOption({ label: "All owner roles" });
  const pilot = all.filter((action) => action.phase === "Pilot");
  await expect(page.getByText(`Showing ${pilot.length} of ${all.length} actions`)).toBeVisible();
  expect((await readActions(page)).map((action) => action.id)).toEqual(pilot.map((action) => action.id));

  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page.getByText(`Showing ${all.length} of ${all.length} actions`)).toBeVisible();
  await expect(page.locator("li.plan-action")).toHaveCount(all.length);
});
