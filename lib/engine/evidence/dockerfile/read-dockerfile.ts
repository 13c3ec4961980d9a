/**
 * Reads a Dockerfile into facts, each with the line that shows it. Pure and total: any text
 * gives facts and notes, never an exception, in time linear in its size.
 */
import type { Fact } from "../facts";
import { EVIDENCE_LIMITS } from "../limits";
import { baseFacts } from "./base-facts";
import type { ReadContext } from "./context";
import { finalImage } from "./final-image";
import { imageFacts } from "./image-facts";
import { buildModel } from "./parse";
import { processFacts } from "./process-facts";
import { secretFacts } from "./secret-facts";
import { userFacts } from "./user-facts";

/** Enough to explain a file; a fuzzed or broken one could otherwise give thousands. */
const MAX_NOTES = 40;

export function readDockerfile(fileName: string, text: string): { facts: Fact[]; notes: string[] } {
  const notes: string[] = [];
  try {
    if (text.length > EVIDENCE_LIMITS.fileBytes) {
      return {
        facts: [],
        notes: [`The file is larger than ${EVIDENCE_LIMITS.fileBytes.toLocaleString("en")} characters; it was not read.`],
      };
    }
    // Docker reads lines split at \n (a \r before it dropped); a lone \r is no line break to it.
    const normalized = text
      .replace(/^\uFEFF/, "")
      .replace(/\r\n/g, "\n")
      .replace(/\r/g, " ");
    const lines = countLines(normalized);
    if (lines > EVIDENCE_LIMITS.dockerfileLines) {
      return {
        facts: [],
        notes: [
          `The file has ${lines.toLocaleString("en")} lines, more than the ${EVIDENCE_LIMITS.dockerfileLines.toLocaleString("en")} read.`,
        ],
      };
    }
    const model = buildModel(normalized);
    notes.push(...model.notes);
    const final = finalImage(model);
    if (final === null) {
      notes.push("No FROM instruction: this is not a Dockerfile, or not a complete one.");
      return { facts: [], notes: capped(notes) };
    }
    const context: ReadContext = { file: fileName, model, final, facts: [], notes };
    // Each reader is independent: one that fails on an odd file costs its facts, not the others'.
    for (const [name, read] of READERS) {
      try {
        read(context);
      } catch {
        notes.push(`Could not read the ${name} facts of this file.`);
      }
    }
    if (final.steps.some((step) => step.keyword === "ONBUILD")) {
      notes.push("ONBUILD instructions run only when another image is built FROM this one; they were not read.");
    }
    return { facts: context.facts, notes: capped(notes) };
  } catch {
    return { facts: [], notes: capped([...notes, "Could not read this Dockerfile."]) };
  }
}

const READERS: [string, (context: ReadContext) => void][] = [
  ["base image", baseFacts],
  ["user", userFacts],
  ["process", processFacts],
  ["image", imageFacts],
  ["secret", secretFacts],
];

function countLines(text: string): number {
  let lines = text.endsWith("\n") ? 0 : 1;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) lines += 1;
  return lines;
}

function capped(notes: string[]): string[] {
  const unique = [...new Set(notes)];
  if (unique.length <= MAX_NOTES) return unique;
  return [...unique.slice(0, MAX_NOTES), `…and ${unique.length - MAX_NOTES} more notes.`];
}
