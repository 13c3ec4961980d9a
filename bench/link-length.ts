/**
 * Result-link length for the scenario teams: each complete assessment with a 30-character
 * name, as the full URL a user copies. Target: under 200 characters.
 *
 *   npm run bench:links
 */
import { CURRENT_CODEBOOK, CURRENT_CODEBOOK_INDEX } from "../content/link-codebooks";
import { CONTENT_VERSION } from "../content/questionnaire";
import { teams } from "../content/scenarios/teams";
import { encodeLink } from "@/lib/engine";

const ORIGIN = process.env.BENCH_ORIGIN ?? "https://kbyd.example.org";
const NAME = "Claims platform modernisation 1"; // 31 characters, one more than the target asks

console.log(`Result links for complete assessments named “${NAME}” (${NAME.length} characters), origin ${ORIGIN}\n`);
console.log("| team | answers | fragment | whole URL | under 200 |");
console.log("| --- | ---: | ---: | ---: | --- |");
for (const [team, answers] of Object.entries(teams)) {
  const fragment = encodeLink(
    { name: NAME, updatedAt: "2026-11-25T00:00:00.000Z", contentVersion: CONTENT_VERSION, answers, decisions: {} },
    CURRENT_CODEBOOK,
    CURRENT_CODEBOOK_INDEX,
  );
  const url = `${ORIGIN}/shared#${fragment}`;
  console.log(`| ${team} | ${Object.keys(answers).length} | ${fragment.length} | ${url.length} | ${url.length < 200 ? "yes" : "NO"} |`);
}
