/**
 * Writes the result-link codebook snapshot for the current content version. Refuses to
 * change an existing snapshot: links made with it would decode wrongly. If the shape
 * changed, raise the content version first.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { questionnaire } from "../content/questionnaire";
import { codebookOf } from "../lib/engine/share/codebook";

const codebook = codebookOf(questionnaire);
const path = new URL(`../content/link-codebooks/${questionnaire.version}.json`, import.meta.url);
const text = `${JSON.stringify(codebook, null, 2)}\n`;

if (existsSync(path)) {
  if (readFileSync(path, "utf8") === text) {
    console.log(`The codebook for ${questionnaire.version} is up to date.`);
    process.exit(0);
  }
  console.error(
    `The questions, options or actions changed, but content version ${questionnaire.version} already has a codebook.\n` +
      "Raise CONTENT_VERSION in content/questionnaire.ts, run this again, and add the new snapshot to content/link-codebooks.ts.",
  );
  process.exit(1);
}
writeFileSync(path, text);
console.log(`Wrote ${path.pathname}. Add it to content/link-codebooks.ts.`);
