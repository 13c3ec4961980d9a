/**
 * Result-link length for the scenario teams: each complete assessment with a 31-character
 * name, as the full URL a user copies. Target: under 200 characters.
 */
import { CURRENT_CODEBOOK, CURRENT_CODEBOOK_INDEX } from "../../content/link-codebooks";
import { questionnaire } from "../../content/questionnaire";
import { teams } from "../../content/scenarios/teams";
import { encodeLink } from "@/lib/engine";

const ORIGIN = process.env.BENCH_ORIGIN ?? "https://kbyd.example.org";
const NAME = "Claims platform modernisation 1"; // 31 characters, one more than the target asks

/** The link table, as Markdown lines. */
export function linkFigures(): string[] {
  const lines = [
    `Result links for complete assessments named “${NAME}” (${NAME.length} characters), origin ${ORIGIN}`,
    "",
    "| team | answers | fragment | whole URL | under 200 |",
    "| --- | ---: | ---: | ---: | --- |",
  ];
  for (const [team, answers] of Object.entries(teams)) {
    const fragment = encodeLink(
      { name: NAME, updatedAt: "2026-11-25T00:00:00.000Z", contentVersion: questionnaire.version, answers, decisions: {} },
      CURRENT_CODEBOOK,
      CURRENT_CODEBOOK_INDEX,
    );
    const url = `${ORIGIN}/shared#${fragment}`;
    lines.push(`| ${team} | ${Object.keys(answers).length} | ${fragment.length} | ${url.length} | ${url.length < 200 ? "yes" : "NO"} |`);
  }
  return lines;
}
