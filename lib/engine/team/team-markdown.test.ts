/** The team summary in Markdown: every disagreement with its voices and how it was settled; user text escaped. */
import { describe, expect, it } from "vitest";
// The summary names real questions and risks; tests may read content (the engine may not).
// eslint-disable-next-line no-restricted-imports
import { questionnaire } from "@/content/questionnaire";
// eslint-disable-next-line no-restricted-imports
import { legacyMonolith } from "@/content/scenarios/teams";
import { compareResponses } from "./compare-responses";
import { teamSummaryFile, teamSummaryMarkdown } from "./team-markdown";
import type { TeamResponse, TeamRole } from "./team-types";

const response = (role: TeamRole, respondent: string, changes: TeamResponse["answers"]): TeamResponse => ({
  team: "abcde12345",
  name: "Claims platform",
  role,
  respondent,
  answeredOn: "2026-12-01T00:00:00.000Z",
  contentVersion: questionnaire.version,
  answers: { ...legacyMonolith, ...changes },
});

const comparison = compareResponses(questionnaire, [
  response("development", "Ada", { "app-knowledge.sigterm": "graceful" }),
  response("operations", "<b>Grace</b>", { "app-knowledge.sigterm": "ignores" }),
]);
const SIGTERM = "What does the application do when it receives SIGTERM?";

describe("the team summary", () => {
  const markdown = teamSummaryMarkdown(questionnaire, "Claims | platform", comparison, {}, {}, "2026-12-01");

  it("names the responses, the split and how each question was settled", () => {
    expect(markdown).toContain("# The team's view: Claims \\| platform");
    expect(markdown).toContain("- **Responses:** 2 (Development \\(Ada\\), Operations / platform \\(&lt;b&gt;Grace&lt;/b&gt;\\))");
    expect(markdown).toContain(`### ${SIGTERM}`);
    expect(markdown).toContain("**Settled:** “Ignores it, and is killed after the grace period” (the most cautious answer, by default)");
    expect(markdown).toContain("## The sharpest differences between development and operations");
    expect(markdown).toContain("## Risks, by who raises them");
    expect(markdown).toContain(`Raised by no one's answers: the other ${questionnaire.risks.length - comparison.risks.length} risks`);
  });

  it("says when the facilitator settled otherwise, and why, with the note escaped", () => {
    const settled = teamSummaryMarkdown(
      questionnaire,
      "Claims platform",
      comparison,
      { "app-knowledge.sigterm": "graceful" },
      { "app-knowledge.sigterm": "Ada showed [the hook](https://evil.example)" },
      "2026-12-01",
    );
    expect(settled).toContain(
      "**Settled:** “Stops taking new work, finishes what is in flight and exits” (settled by the facilitator). Why: Ada showed \\[the hook\\]\\(https://evil\\.example\\)",
    );
    expect(settled).not.toContain("](https://evil.example)");
  });

  it("is a file named for the assessment and the day", () => {
    const file = teamSummaryFile(
      questionnaire,
      "Claims platform",
      comparison,
      {},
      {},
      new Date("2026-12-01T23:30:00Z"),
      "Pacific/Auckland",
    );
    expect(file.fileName).toBe("claims-platform-team-view-2026-12-02.md");
    expect(file.text).toContain("- **Summarised:** 2026-12-02");
  });
});
