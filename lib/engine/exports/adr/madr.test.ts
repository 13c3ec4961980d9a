/**
 * A risk decision as a MADR record: the whole file for one decision, written out; the
 * status of one due for review and of one no longer raised; numbering; and user text that
 * can neither leave the front matter nor start any Markdown structure.
 */
import { describe, expect, it } from "vitest";
import type { RiskDecision } from "../../assessment";
import { must } from "../../test-fixtures/must";
import { escapeMarkdown } from "../markdown-escape";
import { decidedView, DECISIONS, MOMENT, viewWith } from "./decisions-fixture";
import { adrFor, decisionRecords } from "./madr";

const DATA_LOSS = `---
status: accepted
date: 2026-12-01
decision-makers: "Ana Silva"
---

# Accept the risk: Data is lost with the container

From the assessment “Payments API” (questionnaire 2026.1.1), exported 2026-12-02.

## Context and Problem Statement

State written inside containers or never restored is gone when it matters.

- **Risk:** Data is lost with the container (Storage)
- **Who feels it:** Customers and operations
- **Band:** Critical, severity 20 (likelihood 4 Likely, impact 5 Severe)
- **Why it is raised:** No backup at all.

The answers that raise it:

- What kinds of state does it keep? — Label for database
- How is the database backed up? — Label for none (From Dockerfile, line 3: VOLUME /data)

Should the team mitigate it with the plan's actions, accept it, or mitigate it another way?

## Considered Options

- Mitigate with the plan's actions: Title of managed-database (Foundations); Title of backups (Foundations); Title of restore-drill (Production)
- Accept the risk
- Mitigate another way

## Decision Outcome

Chosen option: "Accept the risk", because of the team's reason: Nightly exports cover us.

- **Decided by:** Ana Silva
- **Decided on:** 2026-12-01

### Consequences

- Good, because the plan sets these actions aside (every risk they mitigate is accepted or mitigated another way): Title of managed-database (Foundations); Title of backups (Foundations); Title of restore-drill (Production).
- Good, because the risk no longer counts among the risks to deal with or the most severe ones; it stays in the matrix, marked.
- Bad, because the risk itself stays (who feels it: Customers and operations).
- Watch the answers that raise it: the risk comes back among the risks to deal with when its review date (2027-03-01) passes, or as soon as one of those answers changes.

## More Information

- **Review date:** 2027-03-01.
- **Basis:** decided on the answers with the fingerprint e7f72266; the app compares it with the current answers to notice a change.
`;

describe("adrFor", () => {
  it("writes an accepted risk in force as a whole MADR record", () => {
    const file = adrFor(decidedView, "storage.data-loss", MOMENT);
    expect(file).toEqual({
      fileName: "0003-accept-the-risk-data-is-lost-with-the-container.md",
      text: DATA_LOSS,
      mimeType: "text/markdown",
    });
  });

  it("keeps a decision due for review accepted, with the reason it is due in plain sight", () => {
    const { text, fileName } = adrFor(decidedView, "scope.tool-sprawl", MOMENT);
    expect(fileName).toBe("0002-mitigate-another-way-building-tools-nobody-can-run.md");
    expect(text).toMatch(/^---\nstatus: accepted\ndate: 2026-11-15\n---\n\n# Mitigate another way: Building tools nobody can run\n/);
    expect(text).toContain(
      "> **Review due:** its review date (2026-11-30) has passed. Until the team decides again, it counts as a risk to deal with.",
    );
    expect(text).toContain(
      'Chosen option: "Mitigate another way", because the team handles the risk outside the plan: The vendor runs the platform for us\\.',
    );
    expect(text).toContain("- **Decided by:** not recorded");
    expect(text).toContain("- Now: the decision no longer applies");
    expect(text).toContain("- **Review date:** 2026-11-30 (passed).");
    expect(text).not.toContain("sets these actions aside");
  });

  it("deprecates a decision on a risk the answers no longer raise, kept for the record", () => {
    const { text, fileName } = adrFor(decidedView, "security.compliance-gap", MOMENT);
    expect(fileName).toBe("0001-accept-the-risk-regulated-data-in-shared-containers.md");
    expect(text).toMatch(/^---\nstatus: deprecated\ndate: 2026-10-01\ndecision-makers: "Grace"\n---\n/);
    expect(text).toContain("> **Deprecated:** The answers no longer raise this risk; the decision is kept for the record.");
    expect(text).toContain('Chosen option: "Accept the risk". No reason was recorded.');
    expect(text).toContain("- **Review date:** none set.");
  });

  it("numbers decisions in the order they were taken, or as the caller says", () => {
    expect(decisionRecords(decidedView).map((record) => [record.riskId, record.status])).toEqual([
      ["security.compliance-gap", "deprecated"],
      ["scope.tool-sprawl", "accepted"],
      ["storage.data-loss", "accepted"],
    ]);
    expect(adrFor(decidedView, "storage.data-loss", MOMENT, 42).fileName).toBe("0042-accept-the-risk-data-is-lost-with-the-container.md");
    expect(() => adrFor(decidedView, "storage.data-loss", MOMENT, 10_000)).toThrow(RangeError);
  });

  it("refuses a risk without a decision", () => {
    expect(() => adrFor(viewWith({}), "storage.data-loss", MOMENT)).toThrow(/No decision on the risk/);
  });

  it("says what brings the risk back when no review date is set", () => {
    const { reviewOn: _reviewOn, ...rest } = must(DECISIONS["storage.data-loss"], "a decision on storage.data-loss");
    const text = adrFor(viewWith({ "storage.data-loss": rest }), "storage.data-loss", MOMENT).text;
    expect(text).toContain("with no review date set, the risk comes back among the risks to deal with only when one of them changes.");
  });
});

/** What a Markdown reader makes of a line at the start of a block. */
function shape(line: string): string {
  if (line === "") return "blank";
  if (/^ {0,3}(#{1,6})(\s|$)/.test(line)) return `heading ${line.split(" ")[0]}`;
  if (/^ {0,3}([-*+]|\d{1,9}[.)])(\s|$)/.test(line)) return "list item";
  if (/^ {0,3}(>|```|~~~|<|\||-{3,}\s*$|={3,}\s*$)/.test(line)) return `other block ${line.slice(0, 3)}`;
  return "paragraph";
}

/** Characters not escaped by a backslash before them. */
function unescaped(line: string, char: string): number {
  let count = 0;
  for (let i = 0; i < line.length; i += 1) {
    if (line[i] === "\\") i += 1;
    else if (line[i] === char) count += 1;
  }
  return count;
}

describe("adrFor with hostile user text", () => {
  const HOSTILE_REASON =
    "ok\n---\nstatus: rejected\n---\n# Heading\n| a | b |\n```js\nalert(1)\n```\n<script>x</script> [link](https://evil.example) `tick`";
  const HOSTILE_BY = 'Eve"\n---\nstatus: rejected\u2028# x\u202E <b>';
  const HOSTILE_NAME = "# Name | <img src=x> [a](b)\n---";
  const answerEvidence = "Dockerfile, line 1: <script>`x`</script> | [y](z)\n## h";
  const recordWith = (reason: string, by: string, name: string, evidence: string) => {
    const decision: RiskDecision = { ...must(DECISIONS["storage.data-loss"], "a decision on storage.data-loss"), reason, by };
    const view = viewWith({ "storage.data-loss": decision });
    const named = { ...view, assessment: { ...view.assessment, name } };
    const risks = named.risks.map((risk) => ({ ...risk, why: risk.why.map((w) => ({ ...w, evidence })) }));
    return adrFor({ ...named, risks }, "storage.data-loss", MOMENT).text;
  };
  const plain = recordWith("We accept it", "Ana Silva", "Payments API", "Dockerfile, line 3: VOLUME /data");
  const hostile = recordWith(HOSTILE_REASON, HOSTILE_BY, HOSTILE_NAME, answerEvidence);
  const lines = hostile.split("\n");

  it("keeps the front matter to its three keys, the person one quoted YAML string on one line", () => {
    const end = lines.indexOf("---", 1);
    expect(lines[0]).toBe("---");
    expect(end).toBe(4);
    expect(lines.slice(1, end).map((line) => line.split(":")[0])).toEqual(["status", "date", "decision-makers"]);
    expect(lines[1]).toBe("status: accepted");
    const value: unknown = JSON.parse(lines[3]?.replace(/^decision-makers: /, "") ?? "");
    expect(value).toBe('Eve" --- status: rejected # x <b>');
    expect(lines.filter((line) => line === "---")).toHaveLength(2);
  });

  it("has exactly the line structure of the same record with plain text", () => {
    expect(hostile.split("\n").map(shape)).toEqual(plain.split("\n").map(shape));
  });

  it("carries no HTML, no link, no code and no heading from user text", () => {
    const body = lines.slice(5).join("\n");
    expect(body).not.toMatch(/<[a-z!/?]/i);
    expect(body).not.toMatch(/\]\(/);
    for (const line of lines.slice(5)) {
      expect(unescaped(line, "`"), line).toBe(0);
      expect(unescaped(line, "["), line).toBe(0);
      expect(unescaped(line, "|"), line).toBe(0);
    }
    expect(lines.filter((line) => line.startsWith("# "))).toEqual(["# Accept the risk: Data is lost with the container"]);
  });

  it("still shows every piece of it, escaped", () => {
    for (const text of [HOSTILE_REASON, HOSTILE_BY, HOSTILE_NAME]) expect(hostile).toContain(escapeMarkdown(text));
    expect(hostile).toContain(escapeMarkdown(`From ${answerEvidence}`));
  });
});
