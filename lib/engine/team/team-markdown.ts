/**
 * The team summary as Markdown: who answered, the sharpest Dev-vs-Ops differences, every
 * question the team split on with each answer's voices and how it was settled, what nobody
 * knows, and the risks by who raises them. Respondents' names and the facilitator's notes
 * are user text and escaped.
 */
import type { AnswerValue } from "../answers";
import { answerText } from "../answer-text";
import { calendarDayIn, isoDay } from "../calendar-day";
import { escapeMarkdown as user, table, tableCell } from "../exports/markdown-escape";
import { exportFileName } from "../exports/file-name";
import type { Questionnaire } from "../questionnaire";
import { BAND_LABELS } from "../scoring";
import type { QuestionComparison, TeamComparison } from "./team-types";

const voices = (list: readonly { label: string }[]): string => list.map((voice) => user(voice.label)).join(", ");

function settlement(
  questionnaire: Questionnaire,
  question: QuestionComparison,
  settled: Readonly<Record<string, AnswerValue | null>>,
  notes: Readonly<Record<string, string>>,
): string {
  const content = questionnaire.questions.find((candidate) => candidate.id === question.question);
  const chosen = Object.hasOwn(settled, question.question) ? settled[question.question] : question.cautious;
  const how = Object.hasOwn(settled, question.question) ? "settled by the facilitator" : "the most cautious answer, by default";
  const answer = chosen === null || chosen === undefined || !content ? "left unanswered" : `“${answerText(content, chosen)}”`;
  const note = notes[question.question];
  return `**Settled:** ${answer} (${how})${note ? `. Why: ${user(note)}` : ""}`;
}

export function teamSummaryMarkdown(
  questionnaire: Questionnaire,
  name: string,
  comparison: TeamComparison,
  settled: Readonly<Record<string, AnswerValue | null>>,
  notes: Readonly<Record<string, string>>,
  day: string,
): string {
  const split = comparison.questions.filter((question) => question.agreement === "split");
  const unknown = comparison.questions.filter((question) => question.agreement === "unknown-only");
  const agreed = comparison.questions.filter((question) => question.agreement === "unanimous");
  const lines = [
    `# The team's view: ${user(name)}`,
    "",
    `- **Responses:** ${comparison.voices.length} (${voices(comparison.voices)})`,
    `- **Summarised:** ${day}`,
    `- **Questionnaire version:** ${questionnaire.version}`,
    `- **Split on:** ${split.length} questions; **agreed on:** ${agreed.length}; **unknown to everyone:** ${unknown.length}`,
    "",
  ];
  if (comparison.sharpest.length > 0) {
    lines.push("## The sharpest differences between development and operations", "");
    for (const difference of comparison.sharpest) {
      lines.push(
        `- **${tableCell(difference.prompt)}** Development: ${user(difference.development)}. Operations: ${user(difference.operations)}.`,
      );
    }
    lines.push("");
  }
  lines.push("## Where the team differs, and how it was settled", "");
  if (split.length === 0) lines.push("No two answers differ.", "");
  for (const question of split) {
    lines.push(
      `### ${tableCell(question.prompt)}`,
      "",
      table(
        ["Answer", "Who", "Raises here"],
        [
          ...question.groups.map((group) => [
            tableCell(group.text),
            voices(group.voices),
            group.band ? `${BAND_LABELS[group.band]}: ${tableCell(group.risks.join("; "))}` : "No risk",
          ]),
          ...(question.unknown.length > 0 ? [["Not sure (not a vote)", voices(question.unknown), "A task to find out"]] : []),
        ],
      ),
      "",
      settlement(questionnaire, question, settled, notes),
      "",
    );
  }
  if (unknown.length > 0) {
    lines.push(
      "## What nobody knows yet",
      "",
      ...unknown.map((question) => `- ${tableCell(question.prompt)} (${voices(question.unknown)})`),
      "",
    );
  }
  if (agreed.length > 0) {
    lines.push(
      "## Where the team agrees",
      "",
      table(
        ["Question", "Answer"],
        agreed.map((question) => [tableCell(question.prompt), tableCell(question.groups[0]?.text ?? "")]),
      ),
      "",
    );
  }
  lines.push(
    "## Risks, by who raises them",
    "",
    table(
      ["Risk", "Worst band", "Raised by"],
      comparison.risks.map((risk) => [
        tableCell(risk.title),
        BAND_LABELS[risk.band],
        risk.reach === "all" ? "Everyone" : `Some: ${voices(risk.raisedBy)}`,
      ]),
    ),
    "",
    `Raised by no one's answers: the other ${questionnaire.risks.length - comparison.risks.length} risks the questionnaire knows.`,
    "",
  );
  return `${lines.join("\n").replace(/\n{3,}/g, "\n\n")}\n`;
}

export function teamSummaryFile(
  questionnaire: Questionnaire,
  name: string,
  comparison: TeamComparison,
  settled: Readonly<Record<string, AnswerValue | null>>,
  notes: Readonly<Record<string, string>>,
  now: Date,
  timeZone: string,
): { fileName: string; text: string } {
  const day = calendarDayIn(now, timeZone);
  return {
    fileName: exportFileName(`${name} team view`, day, "md"),
    text: teamSummaryMarkdown(questionnaire, name, comparison, settled, notes, isoDay(day)),
  };
}
