/**
 * `npm run content:check`: proves the real content sound (ids, references, reachability,
 * plan) and prints any problems in plain words. `--witnesses` also prints, for every
 * question and risk rule, a set of answers that shows or raises it.
 */
import { evidenceRules } from "@/content/evidence";
import { questionnaire } from "@/content/questionnaire";
import { checkContent, checkEvidenceRules, checkLevels, formatProblems } from "@/lib/engine";

// Stop quietly when piped into a pager or `head` that closes early.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const showWitnesses = process.argv.includes("--witnesses");
const report = checkContent(questionnaire);

if (showWitnesses) {
  for (const witness of report.witnesses) {
    const answers = Object.entries(witness.answers)
      .map(([question, answer]) => `${question} = ${JSON.stringify(answer)}`)
      .join("; ");
    console.log(`${witness.id}\n    ${answers || "(no answers needed)"}`);
  }
  console.log("");
}

if (!report.ok) {
  console.error(`Content check failed: ${report.problems.length} problem(s).`);
  console.error(formatProblems(report.problems));
  process.exit(1);
}

const evidenceProblems = checkEvidenceRules(questionnaire, evidenceRules);
if (evidenceProblems.length > 0) {
  console.error(`Content check failed: ${evidenceProblems.length} evidence rule problem(s).`);
  for (const problem of evidenceProblems) console.error(`- ${problem}`);
  process.exit(1);
}

// The portfolio's levels: every question the programme's or an application's, and the programme's questions asked by its own answers.
const levelProblems = checkLevels(questionnaire);
if (levelProblems.length > 0) {
  console.error(`Content check failed: ${levelProblems.length} level problem(s).`);
  console.error(formatProblems(levelProblems));
  process.exit(1);
}

const followUps = questionnaire.questions.filter((question) => question.when !== undefined).length;
const rules = questionnaire.risks.reduce((sum, risk) => sum + risk.rules.length, 0);
console.log(
  `Content ${questionnaire.version} OK: ${questionnaire.areas.length} areas, ${questionnaire.questions.length} questions (${followUps} follow-ups), ` +
    `${questionnaire.risks.length} risks (${rules} rules), ${questionnaire.actions.length} actions in ${questionnaire.phases.length} phases; ` +
    `${evidenceRules.length} evidence rules; ` +
    `${report.witnesses.length} witnesses found.`,
);
