/**
 * Markdown export with risk decisions: the register holds the risks to deal with (those
 * due for review flagged), settled risks follow in their own section with who decided,
 * why and until when, lapsed decisions are kept for the record, and set-aside actions say
 * why. A hostile reason or person changes nothing in the document's structure.
 */
import { describe, expect, it } from "vitest";
import type { RiskDecision } from "../assessment";
import { must } from "../test-fixtures/must";
import { decidedView, DECISIONS, MOMENT, viewWith } from "./adr/decisions-fixture";
import { exportDocument } from "./export-document";
import { toMarkdown } from "./markdown";
import { escapeMarkdown } from "./markdown-escape";

const markdownOf = (view: typeof decidedView): string => toMarkdown(exportDocument(view, MOMENT.now), MOMENT.timeZone);
const markdown = markdownOf(decidedView);
const section = (heading: string): string => {
  const start = markdown.indexOf(`\n${heading}\n`);
  const next = markdown.indexOf("\n## ", start + 1);
  return start < 0 ? "" : markdown.slice(start, next < 0 ? undefined : next);
};

describe("toMarkdown with risk decisions", () => {
  it("keeps the register to the risks to deal with, a decision due for review flagged with why", () => {
    const register = section("## Risk register");
    expect(register).toContain("### 1. Building tools nobody can run (High, severity 12)");
    expect(register).not.toContain("Data is lost with the container (Critical");
    expect(register).toContain("- **Decision:** Mitigated another way on 2026-11-15 — review by 2026-11-30.");
    expect(register).toContain("- **How it is mitigated:** The vendor runs the platform for us\\.");
    expect(register).toContain(
      "**Review due:** its review date (2026-11-30) has passed. Until the team decides again, it counts as a risk to deal with.",
    );
  });

  it("lists settled risks after it, numbered on, with who decided, why and the review date", () => {
    const settled = section("## Accepted and mitigated risks");
    expect(markdown.indexOf("## Accepted and mitigated risks")).toBeGreaterThan(markdown.indexOf("## Risk register"));
    expect(markdown.indexOf("## Accepted and mitigated risks")).toBeLessThan(markdown.indexOf("## Adoption plan"));
    expect(settled).toContain("### 2. Data is lost with the container (Critical, severity 20)");
    expect(settled).toContain("- **Decision:** Accepted by Ana Silva on 2026-12-01 — review by 2027-03-01.");
    expect(settled).toContain("- **Why accepted:** Nightly exports cover us");
    expect(settled).not.toContain("**Review due:**");
  });

  it("keeps decisions on risks no longer raised for the record", () => {
    expect(section("## Accepted and mitigated risks")).toContain(
      [
        "### Kept for the record",
        "",
        "Decisions on risks the answers no longer raise: they settle nothing now.",
        "",
        "- **Regulated data in shared containers:** Accepted by Grace on 2026-10-01.",
        "  - **Why accepted:** No reason was recorded.",
      ].join("\n"),
    );
  });

  it("counts settled risks apart in the summary and marks them in the matrix", () => {
    expect(section("## Summary")).toContain("**Accepted or mitigated another way:** 1 of the raised risks");
    expect(section("## Summary")).toContain("**Review due:** 1 risk decision no longer applies");
    expect(section("## Risk matrix")).toContain("| 5 Severe | Medium: 0 | High: 0 | High: 0 | Critical: 1 (1 settled) | Critical: 0 |");
  });

  it("says why an action is set aside", () => {
    const plan = section("## Adoption plan");
    expect(plan).toMatch(/\| 2 \| Title of managed-database \| Architecture \|  \| M \(1–2 weeks\) \| Set aside \| To do \|/);
    expect(plan).toContain(
      "#### 2. Title of managed-database\n\nWhat to do for managed-database.\n\n**Set aside:** its risks are accepted or mitigated another way.",
    );
    expect(plan.match(/\*\*Set aside:\*\*/g)).toHaveLength(3);
  });

  it("without decisions, has no such section and no marks", () => {
    const plain = markdownOf(viewWith({}));
    expect(plain).not.toContain("Accepted and mitigated risks");
    expect(plain).not.toContain("settled");
    expect(plain).not.toContain("Set aside");
    expect(plain).toContain("### 1. Data is lost with the container (Critical, severity 20)");
  });
});

/** What a Markdown reader makes of a line at the start of a block. */
function shape(line: string): string {
  if (line === "") return "blank";
  if (/^ {0,3}(#{1,6})(\s|$)/.test(line)) return `heading ${line.split(" ")[0]}`;
  if (/^ {0,3}([-*+]|\d{1,9}[.)])(\s|$)/.test(line)) return "list item";
  if (/^ {0,3}(>|```|~~~|<|-{3,}\s*$|={3,}\s*$)/.test(line)) return "other block";
  if (line.startsWith("|")) return `row of ${line.split(/(?<!\\)\|/).length} cells`;
  return "paragraph";
}

describe("toMarkdown with hostile risk decisions", () => {
  const REASON = "ok\n---\n# Heading\n| a | b |\n```\ncode\n```\n<script>x</script> [l](https://evil.example) `t` *e*";
  const BY = "Eve\n- item\n> quote | <b>";
  const withText = (reason: string, by: string): string => {
    const decisions: Record<string, RiskDecision> = {};
    for (const [id, decision] of Object.entries(DECISIONS)) decisions[id] = { ...decision, reason, by };
    return markdownOf(viewWith(decisions));
  };
  const plain = withText("We accept it", "Ana Silva");
  const hostile = withText(REASON, BY);

  it("has exactly the line structure of the same document with plain text", () => {
    expect(hostile.split("\n").map(shape)).toEqual(plain.split("\n").map(shape));
  });

  it("carries no HTML, link or code, and shows the text escaped", () => {
    expect(hostile).not.toMatch(/<[a-z!/?]/i);
    expect(hostile).not.toMatch(/\]\(/);
    expect(hostile).toContain(escapeMarkdown(REASON));
    expect(hostile).toContain(`Accepted by ${escapeMarkdown(BY)} on 2026-10-01.`);
    expect(must(hostile.match(/Mitigated another way by [^\n]*/), "the mitigated decision")[0]).toContain(escapeMarkdown(BY));
  });
});
