/**
 * How many questions a team's own files answer: for each fixture (and for an image with its
 * deployment, the way teams hold them), the questions still to answer by hand with and
 * without the files, over every scenario team's path through the questionnaire. It also
 * times reading and proposing per file.
 *
 *   npm run bench:evidence
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { evidenceRules } from "@/content/evidence";
import { questionnaire } from "@/content/questionnaire";
import { teams } from "@/content/scenarios/teams";
import { evaluate, proposeFromFacts, readEvidence, type Answers, type ArtefactInput, type Fact } from "@/lib/engine";

const FIXTURES = "lib/engine/evidence/fixtures";

function fixture(path: string): ArtefactInput {
  return { name: path.split("/").pop() ?? path, text: readFileSync(join(FIXTURES, path), "utf8") };
}

const e2e = (name: string): ArtefactInput => ({ name, text: readFileSync(join("e2e/fixtures/evidence", name), "utf8") });

/** Sets of files as a team would give them: single files, then an image with what deploys it. */
const SETS: { label: string; files: ArtefactInput[] }[] = [
  ...readdirSync(FIXTURES)
    .sort()
    .flatMap((dir) =>
      readdirSync(join(FIXTURES, dir))
        .sort()
        .map((name) => ({ label: `${dir}/${name}`, files: [fixture(`${dir}/${name}`)] })),
    ),
  { label: "Dockerfile + Deployment (the e2e pair)", files: [e2e("Dockerfile"), e2e("deployment.yaml")] },
  {
    label: "shell-form-java.Dockerfile + grpc-service.yaml",
    files: [fixture("dockerfile/shell-form-java.Dockerfile"), fixture("kubernetes/grpc-service.yaml")],
  },
  {
    label: "tini-exec.Dockerfile + service-bundle.yaml (a service's image and all its manifests)",
    files: [fixture("dockerfile/tini-exec.Dockerfile"), fixture("kubernetes/service-bundle.yaml")],
  },
  {
    label: "tini-exec.Dockerfile + voting-app.compose.yaml",
    files: [fixture("dockerfile/tini-exec.Dockerfile"), fixture("compose/voting-app.compose.yaml")],
  },
];

const shown = (answers: Answers): string[] => evaluate(questionnaire, answers).results.visibility.visible;

/** Questions answered by hand on a team's path, without and with the files' accepted proposals. */
async function byHand(facts: readonly Fact[], answers: Answers): Promise<{ before: number; after: number; proposed: number }> {
  const proposals = await proposeFromFacts(questionnaire, evidenceRules, facts, {});
  const withFiles: Record<string, Answers[string]> = { ...answers };
  for (const proposal of proposals) withFiles[proposal.question] = proposal.value;
  const onPath = shown(withFiles);
  // A proposal counts only where its question is on the path once the proposals are in.
  const visible = new Set(onPath);
  const fromFiles = proposals.filter((proposal) => visible.has(proposal.question)).length;
  return { before: shown(answers).length, after: onPath.length - fromFiles, proposed: proposals.length };
}

const rows: string[][] = [];
let worst = Infinity;
for (const set of SETS) {
  const started = performance.now();
  const read = await readEvidence(set.files);
  const facts = read.flatMap((result) => (result.ok ? result.facts : []));
  const readMs = performance.now() - started;
  if (facts.length === 0) {
    rows.push([set.label, "refused", "", "", "", `${readMs.toFixed(1)}`]);
    continue;
  }
  let before = 0;
  let after = 0;
  let proposed = 0;
  for (const answers of Object.values(teams)) {
    const figures = await byHand(facts, answers);
    before += figures.before;
    after += figures.after;
    proposed = figures.proposed;
  }
  const count = Object.keys(teams).length;
  const drop = 1 - after / before;
  if (set.files.length > 1 || !set.label.includes("/")) worst = Math.min(worst, drop);
  rows.push([
    set.label,
    String(proposed),
    (before / count).toFixed(1),
    (after / count).toFixed(1),
    `${Math.round(100 * drop)}%`,
    readMs.toFixed(1),
  ]);
}

const header = ["files", "answered from them", "by hand without (mean over teams)", "by hand with", "fewer by hand", "read + parse ms"];
console.log(`| ${header.join(" | ")} |`);
console.log(`| ${header.map((_, i) => (i === 0 ? "---" : "---:")).join(" | ")} |`);
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
console.log(`\nScenario teams: ${Object.keys(teams).length}; content ${questionnaire.version}; ${evidenceRules.length} evidence rules.`);
console.log(`Smallest drop for an image given with its deployment: ${Math.round(100 * worst)}% (target: at least 25%).`);
