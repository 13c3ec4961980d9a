/**
 * The Dockerfile as the fact readers see it: plain data, built once from the parser's tree,
 * so no reader touches the parser (or can make it throw).
 */

/** A key=value pair of ENV, ARG or LABEL. */
export interface Pair {
  name: string;
  /** The value as written, quotes removed; null when none was given (`ARG NAME`). */
  value: string | null;
  /** The value with ARG/ENV references replaced; null when one of them is not known. */
  expanded: string | null;
}

/** One instruction. */
export interface Step {
  /** Upper-case keyword: RUN, USER, … (anything else the parser met is kept as written). */
  keyword: string;
  /** 1-based line of the keyword. */
  line: number;
  /** The instruction on one line, trimmed and cut for display (Source.text). */
  text: string;
  /** Arguments on the instruction's own lines, continuations joined, leading `--flags` removed. */
  command: string;
  /** Leading flags without their dashes: `mount=type=secret,id=npm`, `platform=$BUILDPLATFORM`. */
  flags: string[];
  /** Here-document bodies (with their end lines), "" when there are none. */
  heredoc: string;
  /** The exec (JSON array) form, when the command is one; null for the shell form. */
  exec: string[] | null;
  /** USER, VOLUME, EXPOSE and STOPSIGNAL with ARG/ENV values replaced; null when one is unknown (or for others). */
  expanded: string | null;
  /** ENV, ARG and LABEL pairs. */
  pairs: Pair[];
}

/** What a FROM names, split into its parts (lower-case, Docker Hub's `library/` and host dropped). */
export interface ImageName {
  /** The reference after ARG substitution, as written. */
  text: string;
  /** Registry host when one is named (`gcr.io`, `registry.internal:5000`); null for Docker Hub. */
  registry: string | null;
  /** Repository path: `node`, `bitnami/redis`, `distroless/static`. */
  path: string;
  tag: string | null;
  digest: string | null;
  /** True when a part of the reference is an ARG we could not resolve. */
  unresolved: { path: boolean; tag: boolean };
}

export interface Stage {
  /** 0-based position in the file. */
  index: number;
  /** The stage name as written, or `stage N` (1-based). */
  subject: string;
  /** Lower-case `AS` name, null when unnamed. */
  name: string | null;
  from: Step;
  /** The base image; null for `scratch`, an earlier stage, or a FROM with no image. */
  image: ImageName | null;
  scratch: boolean;
  /** Index of the earlier stage this one is built FROM, or null. */
  parent: number | null;
  /** The instructions after FROM. */
  steps: Step[];
}

export interface DockerfileModel {
  stages: Stage[];
  /** ARGs before the first FROM. */
  globals: Step[];
  /** The escape character (`\` or, by directive, a backtick). */
  escape: string;
  notes: string[];
}
