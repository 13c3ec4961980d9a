/**
 * A result link made by the app's own codec, for tests whose subject is opening a link
 * rather than making one (making one is tested through the "Copy result link" button).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { questionnaire } from "@/content/questionnaire";
import type { Assessment } from "@/lib/engine/assessment";
import { codebookOf, type Codebook } from "@/lib/engine/share/codebook";
import { encodeLink } from "@/lib/engine/share/encode-link";

const SNAPSHOTS = join(process.cwd(), "content", "link-codebooks");

/**
 * The current questionnaire's codebook and its position in content/link-codebooks.ts
 * (snapshots are appended oldest first, so the newest is the last file). The JSON is read
 * from disk because Playwright's loader does not import JSON modules.
 */
function currentCodebook(): { codebook: Codebook; index: number } {
  const files = readdirSync(SNAPSHOTS).filter((file) => file.endsWith(".json")).sort();
  const codebook = codebookOf(questionnaire);
  const index = files.findIndex((file) => JSON.stringify(JSON.parse(readFileSync(join(SNAPSHOTS, file), "utf8"))) === JSON.stringify(codebook));
  if (index !== files.length - 1) throw new Error("The newest codebook snapshot does not match the questionnaire");
  return { codebook, index };
}

export function resultLinkPayload(assessment: Assessment): string {
  const { codebook, index } = currentCodebook();
  return encodeLink(assessment, codebook, index);
}

export const resultLink = (assessment: Assessment): string => `/shared#${resultLinkPayload(assessment)}`;
