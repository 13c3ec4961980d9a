/**
 * How an accepted answer cites the files it came from: file, line and the line's text, one
 * after another ("Dockerfile, line 14: USER root; deploy.yaml, line 31: runAsNonRoot: true").
 * Saved with the answer, it reads the same on screen, on paper and in every export.
 */
import { EVIDENCE_MAX_LENGTH } from "../assessment";
import type { Source } from "./facts";

export function citationOf(sources: readonly Source[]): string {
  const parts = sources.map((source) => `${source.file}, line ${source.line}: ${source.text}`);
  const joined = parts.join("; ");
  return joined.length <= EVIDENCE_MAX_LENGTH ? joined : `${joined.slice(0, EVIDENCE_MAX_LENGTH - 1)}…`;
}

/** The short form beside an answer: "from Dockerfile line 14". */
export function citationLead(sources: readonly Source[]): string {
  const [first, ...rest] = sources;
  if (!first) return "";
  return `from ${first.file} line ${first.line}${rest.length > 0 ? ` and ${rest.length} more` : ""}`;
}

/**
 * An answer's saved citation as a phrase to show beside it: "From Dockerfile, line 14: USER
 * root" for the team's files, or the team's own words ("Agreed from 3 responses: …").
 */
export function evidencePhrase(evidence: string): string {
  return /^Agreed from /.test(evidence) ? evidence : `From ${evidence}`;
}
