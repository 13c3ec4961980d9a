/**
 * An issue's body in GitHub Markdown. Content text is ours and written as Markdown; the
 * user's own words (person, note, reason, the assessment's name) go inside code spans,
 * where GitHub renders no HTML, no links, no @mentions (which would notify whoever has
 * that login) and no #references (which would mark another issue as mentioned).
 */
import type { ActionView } from "../../assess/assessment-view";
import { describeAction, inlineUserText } from "./tracker-plan";

/** Inline code that shows `text` exactly: a fence longer than any run of backticks inside, one space each side (which CommonMark strips). */
export function codeSpan(text: string): string {
  const line = inlineUserText(text);
  const longest = Math.max(0, ...[...line.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence} ${line} ${fence}`;
}

/** Everything but the "Blocked by #N" lines, which the script adds once it knows the numbers. */
export function gitHubIssueBody(action: ActionView): string {
  const { detail, why, facts, references } = describeAction(action);
  return [
    detail,
    ...(why.length > 0 ? ["", "**Why**", "", ...why.map((risk) => `- Mitigates: ${risk}`)] : []),
    "",
    "**Plan**",
    "",
    ...facts.map((fact) => `- ${fact.label}: ${fact.user ? codeSpan(fact.text) : fact.text}`),
    ...(references.length > 0
      ? ["", "**References**", "", ...references.map((reference) => `- [${reference.label.replace(/[[\]]/g, "\\$&")}](<${reference.url}>)`)]
      : []),
  ].join("\n");
}

/** A milestone's description: the phase, and which assessment's plan it belongs to. */
export function milestoneDescription(summary: string, position: number, phases: number, assessmentName: string): string {
  return `${summary} Phase ${position} of ${phases} of the container adoption plan for ${codeSpan(assessmentName)}, from Know Before You Deploy.`;
}
