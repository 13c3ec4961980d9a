/**
 * What an expert reads from each fixture, as proposed answers: one test per file, stating
 * every answer the file proposes and nothing more, so a rule change that makes a file
 * "prove" something it does not show fails here. Each cited line is checked against the
 * file, and every proposal must be a real answer to a question the file's facts are about.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { proposeFromFacts, readEvidence } from "@/lib/engine";
import { questionnaire } from "../questionnaire";
import { EXPECTED } from "./fixture-proposals.table";
import { evidenceRules } from "./index";

const ROOT = fileURLToPath(new URL("../../lib/engine/evidence/fixtures/", import.meta.url));

/** Files refused, with the reason's key words. */
const REFUSED: Record<string, RegExp> = { "kubernetes/yaml-bomb.yaml": /too many aliases/ };

const fixtures = readdirSync(ROOT)
  .flatMap((dir) => readdirSync(join(ROOT, dir)).map((name) => `${dir}/${name}`))
  .sort();

async function proposalsFor(path: string) {
  const text = readFileSync(join(ROOT, path), "utf8");
  const [read] = await readEvidence([{ name: path.split("/").pop() ?? path, text }]);
  if (!read) throw new Error(`${path} was not read`);
  return { read, text, proposals: read.ok ? await proposeFromFacts(questionnaire, evidenceRules, read.facts, {}) : [] };
}

describe("proposed answers per fixture", () => {
  it("cover every fixture", () => {
    expect(fixtures).toEqual([...Object.keys(EXPECTED), ...Object.keys(REFUSED)].sort());
  });

  it.each(fixtures)("%s", async (path) => {
    const { read, text, proposals } = await proposalsFor(path);
    const refused = REFUSED[path];
    if (refused) {
      expect(read.ok ? "" : read.reason).toMatch(refused);
      return;
    }
    expect(Object.fromEntries(proposals.map((proposal) => [proposal.question, proposal.value]))).toEqual(EXPECTED[path]);
    const lines = text.split(/\r\n|\n|\r/);
    for (const proposal of proposals) {
      expect(proposal.evidence.length, proposal.question).toBeGreaterThan(0);
      for (const source of proposal.evidence) {
        // The cited text starts that line (an instruction may go on over several; secrets are masked).
        const line = (lines[source.line - 1] ?? "").trim();
        const start = (source.text.split(/\*{3,}/)[0] ?? "").slice(0, 12);
        const head = line.replace(/\s*\\$/, "").slice(0, 12);
        expect(line.startsWith(start) || source.text.startsWith(head), `${path}:${source.line} ${source.text}`).toBe(true);
      }
    }
  });

  it("answer at least one question from every file that is read", () => {
    for (const [path, answers] of Object.entries(EXPECTED)) expect(Object.keys(answers).length, path).toBeGreaterThan(0);
  });
});
