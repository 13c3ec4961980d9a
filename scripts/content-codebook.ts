/**
 * `npm run content:codebook`: appends the result-link codebook of the current content
 * version to content/link-codebooks.json, which content/link-codebooks.ts reads whole, so
 * no code changes with a new version. Refuses to change a snapshot already there: links
 * made with it would decode wrongly. If the shape changed, raise the content version first.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { questionnaire } from "@/content/questionnaire";
import { codebookOf, type Codebook } from "@/lib/engine";

const path = new URL("../content/link-codebooks.json", import.meta.url);
// Parsed as plain JSON, not through content/link-codebooks.ts: the file may be the broken thing.
const snapshots = JSON.parse(readFileSync(path, "utf8")) as Codebook[];
const codebook = codebookOf(questionnaire);
const same = (a: Codebook, b: Codebook): boolean => JSON.stringify(a) === JSON.stringify(b);
const existing = snapshots.findIndex((snapshot) => snapshot.contentVersion === questionnaire.version);

if (existing === snapshots.length - 1 && snapshots[existing] && same(snapshots[existing], codebook)) {
  console.log(`The codebook for ${questionnaire.version} is up to date.`);
  process.exit(0);
}
if (existing >= 0) {
  console.error(
    existing === snapshots.length - 1
      ? `The questions, options or actions changed, but content version ${questionnaire.version} already has a codebook.\n` +
          "Raise CONTENT_VERSION in content/version.ts and run this again."
      : `Content version ${questionnaire.version} has a codebook, but not the newest one: CONTENT_VERSION went back.\n` +
          "Raise CONTENT_VERSION in content/version.ts past the newest snapshot and run this again.",
  );
  process.exit(1);
}
writeFileSync(path, `${JSON.stringify([...snapshots, codebook], null, 2)}\n`);
console.log(`Appended the codebook for ${questionnaire.version} to ${path.pathname} (position ${snapshots.length}).`);
