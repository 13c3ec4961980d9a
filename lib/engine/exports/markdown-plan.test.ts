/** The Markdown plan leads with "Start here", gives effort as ranges, and readiness says how much is known. */
import { describe, expect, it } from "vitest";
import { assess } from "../assess/assess";
import { assessmentOf, unknownFixture } from "../test-fixtures/unknown-fixture";
import { exportDocument } from "./export-document";
import { toMarkdown } from "./markdown";

const view = assess(unknownFixture, assessmentOf({ "scope.goal": "speed", "storage.stateful": "unsure", "security.tenancy": "not-sure" }));
const markdown = toMarkdown(exportDocument(view, new Date("2026-03-01T00:00:00Z")), "UTC");

describe("Markdown: a plan a team can start on", () => {
  it("lists the actions to start with, each with its place in the plan, its range and why now, before the phases", () => {
    const start = markdown.indexOf("### Start here");
    expect(start).toBeGreaterThan(markdown.indexOf("## Adoption plan"));
    expect(start).toBeLessThan(markdown.indexOf("### Decide"));
    expect(markdown).toContain(
      "1. **Find out: Does the first workload keep state? — ask: Operations** (#1, 1–3 days) — “State tied to one host” (Medium) rests on this unknown: finding out settles whether it stays.",
    );
  });

  it("gives the total and each action's effort as ranges", () => {
    const { min, max } = view.plan.summary.personDaysRange;
    expect(markdown).toContain(`(roughly ${min}–${max} person-days).`);
    expect(markdown).toMatch(/\| S \(1–3 days\) \|/);
  });

  it("shows how much of each area is known beside its readiness", () => {
    expect(markdown).toContain("| Area | Readiness (of 100) | Risks | Known |");
    expect(markdown).toMatch(/\| Scope \| \d+ \| \d+ \| 100% known \(1 of 1 answers\) \|/);
    expect(markdown).toMatch(/\| Storage \| \d+ \| \d+ \| 0% known \(0 of 1 answers\) \|/);
  });
});
