/**
 * What the evidence reader accepts, stated on the page and enforced here. Files are read in
 * the browser on the main thread, so the limits keep one bad file from freezing it.
 */
export const EVIDENCE_LIMITS = {
  /** Bytes per file: far above a real Dockerfile or manifest, far below a 10 MB accident. */
  fileBytes: 1_000_000,
  /** Files per reading. */
  files: 50,
  /** YAML documents per file: a `helm template` of a large chart has a few hundred. */
  documents: 500,
  /** YAML aliases per document: real files use a handful; a YAML bomb uses thousands. */
  aliases: 100,
  /** Bytes per Dockerfile: real ones are a few KB, and the parser takes about a second per MB of one long line. */
  dockerfileBytes: 256_000,
  /** Lines per Dockerfile. */
  dockerfileLines: 5_000,
} as const;

const megabytes = (bytes: number): string => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** Why a file over the size limit is not read: the same words whether the browser or the reader notices. */
export function oversizedReason(bytes: number): string {
  return `It is ${megabytes(bytes)}; the limit is ${megabytes(EVIDENCE_LIMITS.fileBytes)} per file. Give the Dockerfile, Compose file or manifests alone.`;
}
