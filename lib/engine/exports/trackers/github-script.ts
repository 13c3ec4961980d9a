/**
 * The plan as a POSIX shell script for the GitHub CLI: one command, `sh plan-issues.sh
 * owner/repo`, with no token in the file (gh uses the runner's own sign-in). It makes
 * the labels, a milestone per phase, then an issue per action in plan order, so each
 * issue's "Blocked by #N" can name issues made a few lines earlier; it closes the ones
 * already done or ruled out, and finally adds GitHub's own "blocked by" relationships
 * (the REST API's issue dependencies), leaving the bodies to say so where it cannot.
 *
 * Injection: every string we did not compute ourselves is inside single quotes (see
 * shellQuote), and the only expansions are of variables the script sets: the repository
 * and the numbers gh answers with, each checked to be digits before it is used.
 */
import type { ActionView } from "../../assess/assessment-view";
import type { ExportDocument } from "../export-document";
import { gitHubIssueBody, milestoneDescription } from "./github-body";
import { shellFlag, shellQuote } from "./shell-quote";
import type { TrackerOptions } from "./tracker-options";
import { actionLabels, keptDependencies, trackedPlan, type TrackerLabel } from "./tracker-plan";

/** GitHub wants six hex digits (and label descriptions of at most 100 characters); one colour per kind of label, priorities from red to grey. */
const COLOURS: readonly [RegExp, string][] = [
  [/^priority-critical$/, "b60205"],
  [/^priority-high$/, "d93f0b"],
  [/^priority-medium$/, "fbca04"],
  [/^priority-low$/, "0e8a16"],
  [/^priority-/, "c5def5"],
  [/^phase-/, "5319e7"],
  [/^owner-/, "1d76db"],
  [/^area-/, "006b75"],
  [/^effort-/, "bfdadc"],
];
const colourOf = (name: string): string => COLOURS.find(([pattern]) => pattern.test(name))?.[1] ?? "ededed";

/** The script's fixed part: arguments, and two helpers. None of it holds text from the plan. */
const PREAMBLE = [
  "set -eu",
  "",
  'if [ "$#" -gt 1 ]; then',
  "  printf 'Usage: sh %s [owner/repo]\\n' \"$0\" >&2",
  "  exit 2",
  "fi",
  'if [ "$#" -eq 1 ]; then',
  "  repo=$1",
  "else",
  "  repo=$(gh repo view --json nameWithOwner --jq .nameWithOwner)",
  "fi",
  "case $repo in",
  "  */*) ;;",
  "  *)",
  "    printf 'Not a repository (owner/repo): %s\\n' \"$repo\" >&2",
  "    exit 2",
  "    ;;",
  "esac",
  "",
  "# The number at the end of the issue URL that gh issue create prints, checked to be one.",
  "number() {",
  "  case ${1##*/} in",
  "    '' | *[!0-9]*)",
  "      printf 'gh did not answer with an issue URL: %s\\n' \"$1\" >&2",
  "      exit 1",
  "      ;;",
  "  esac",
  "  printf '%s\\n' \"${1##*/}\"",
  "}",
  "",
  "# Records that issue $1 is blocked by issue $2 (the API takes the blocker's id, not its number).",
  "blocked_by() {",
  '  id=$(gh api "repos/$repo/issues/$2" --jq .id) &&',
  "    case $id in '' | *[!0-9]*) false ;; esac &&",
  '    gh api --method POST "repos/$repo/issues/$1/dependencies/blocked_by" -F "issue_id=$id" --silent ||',
  '    printf \'Could not record that #%s is blocked by #%s; its description says so.\\n\' "$1" "$2" >&2',
  "}",
].join("\n");

const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;
const variable = (action: ActionView): string => `n${action.order}`;

function issueCommands(action: ActionView, doc: ExportDocument, dependencies: readonly ActionView[]): string[] {
  // The body is one shell word: our quoted text, then each blocker's number from the script's own variables.
  const body = [
    shellQuote(dependencies.length === 0 ? gitHubIssueBody(action) : `${gitHubIssueBody(action)}\n\n**Dependencies**\n`),
    ...dependencies.map((dependency) => `${shellQuote("\n- Blocked by #")}"$${variable(dependency)}"`),
  ].join("");
  const labels = actionLabels(action, doc).map((label) => shellFlag("label", label.name));
  const name = variable(action);
  const lines = [
    `# Action ${action.order} of the plan.`,
    `url=$(gh issue create --repo "$repo" ${shellFlag("title", action.title)} ${shellFlag("milestone", action.phaseTitle)} ${labels.join(" ")} --body=${body})`,
    `${name}=$(number "$url")`,
  ];
  if (action.decision.status === "done") lines.push(`gh issue close "$${name}" --repo "$repo" --reason=completed`);
  if (action.decision.status === "not-applicable") lines.push(`gh issue close "$${name}" --repo "$repo" --reason='not planned'`);
  return lines;
}

export function toGitHubScript(doc: ExportDocument, options: TrackerOptions): string {
  const plan = trackedPlan(doc, options);
  const labels = new Map<string, TrackerLabel>();
  for (const action of plan.actions) for (const label of actionLabels(action, doc)) labels.set(label.name, label);
  const edges = plan.actions.flatMap((action) => keptDependencies(action, plan).map((dependency) => [action, dependency] as const));
  const issues = plural(plan.actions.length, "issue");

  return [
    "#!/bin/sh",
    "# Know Before You Deploy: the container adoption plan as GitHub issues.",
    "#",
    "# Run it with the GitHub CLI (https://cli.github.com), signed in (gh auth login) as",
    "# someone who can open issues, naming the repository, or from inside a clone of it:",
    "#   sh plan-issues.sh owner/repo",
    "# (use the name this file was saved as). Run it once: a second run makes the issues again.",
    "#",
    `# It creates ${issues} (one per action, in plan order), ${plural(plan.phases.length, "milestone")} (one per`,
    `# phase) and ${plural(labels.size, "label")}, closes the issues for actions already done or ruled out, and`,
    `# marks ${plural(edges.length, "dependency", "dependencies")} with GitHub's "blocked by" (and as "Blocked by #N" in the body).`,
    "#",
    "# Every text below is in single quotes: the shell expands and runs none of it.",
    PREAMBLE,
    "",
    `printf '%s\\n' ${shellQuote(`Creating ${issues} for the plan of “${doc.assessment.name}” in:`)} "$repo"`,
    "",
    "# Labels (--force updates one that exists already).",
    ...[...labels.values()].map(
      (label) =>
        `gh label create ${shellQuote(label.name)} --repo "$repo" --color=${colourOf(label.name)} ${shellFlag("description", [...label.meaning].slice(0, 100).join(""))} --force`,
    ),
    "",
    "# Milestones, one per phase; one that exists already is kept (the POST is refused) and used.",
    ...plan.phases.map(({ phase }, i) => {
      const description = milestoneDescription(phase.summary, i + 1, plan.phases.length, doc.assessment.name);
      return `gh api --method POST "repos/$repo/milestones" -f ${shellQuote(`title=${phase.title}`)} -f ${shellQuote(`description=${description}`)} --silent ||\n  printf 'Milestone %s exists already or was refused; using it.\\n' ${shellQuote(phase.title)} >&2`;
    }),
    "",
    "# Issues, in plan order: each comes after the ones it waits on.",
    // Plan order puts every dependency first; the filter only guards against naming an issue not made yet.
    ...plan.actions.flatMap((action) =>
      issueCommands(
        action,
        doc,
        keptDependencies(action, plan).filter((dependency) => dependency.order < action.order),
      ),
    ),
    "",
    "# GitHub's own dependencies: each issue is blocked by the ones it waits on.",
    ...edges.map(([action, dependency]) => `blocked_by "$${variable(action)}" "$${variable(dependency)}"`),
    "",
    `printf '%s\\n' ${shellQuote(`Done: ${issues} created.`)}`,
    "",
  ].join("\n");
}
