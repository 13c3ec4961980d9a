/**
 * What a file is, from its name first and its text second: a pasted snippet has no useful
 * name, and a file called `prod.yaml` may be Compose or Kubernetes. Binary files and text
 * that is none of the three are told apart here, before any parser sees them.
 */
import type { ArtefactKind } from "./facts";

const DOCKERFILE_NAME = /(^|[\\/])(Dockerfile|Containerfile)([.-][\w.-]*)?$|\.(dockerfile|containerfile)$/i;
const COMPOSE_NAME = /(^|[\\/])(docker-)?compose([.-][\w.-]*)?\.ya?ml$/i;
const YAML_NAME = /\.ya?ml$/i;

export type NameHint = ArtefactKind | "yaml" | "unknown";

export function kindFromName(name: string): NameHint {
  if (DOCKERFILE_NAME.test(name)) return "dockerfile";
  if (COMPOSE_NAME.test(name)) return "compose";
  if (YAML_NAME.test(name)) return "yaml";
  return "unknown";
}

/** Text that decodes to NULs, replacement characters or many control characters is not a text file. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes("\u0000")) return true;
  let odd = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const code = sample.charCodeAt(i);
    if (code === 0xfffd || (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12)) odd += 1;
  }
  return sample.length > 0 && odd / sample.length > 0.02;
}

/** The first instruction of a Dockerfile is FROM (or ARG, or a parser directive and comments before them). */
export function looksLikeDockerfile(text: string): boolean {
  for (const raw of text.split(/\r\n|\n|\r/, 200)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    return /^(FROM|ARG)\s+\S/i.test(line);
  }
  return false;
}

/** UTF-8 bytes of a text, counted without an encoder (the engine runs in Node and the browser alike). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if ((code & 0xfc00) === 0xd800 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}
