/**
 * The one way in for the team's files: limits first, then what kind of file it is, then its
 * reader. Every file gives either its facts or one sentence saying why it could not be read;
 * nothing here throws. Loaded on demand (it brings the Dockerfile and YAML parsers), only
 * when someone reads files.
 */
import { readDockerfile } from "./dockerfile/read-dockerfile";
import { kindFromName, looksBinary, looksLikeDockerfile, utf8Bytes } from "./detect-kind";
import type { ArtefactInput, ReadArtefact } from "./facts";
import { EVIDENCE_LIMITS, oversizedReason } from "./limits";
import { parseYamlDocuments, type YamlDocument } from "./yaml/parse-yaml";
import { readCompose } from "./yaml/read-compose";
import { readKubernetes } from "./yaml/read-kubernetes";

const NOT_AN_ARTEFACT = "It is not a Dockerfile (no FROM line), a Compose file (no services:) or Kubernetes YAML (no apiVersion and kind).";

function isCompose(documents: readonly YamlDocument[]): boolean {
  return documents.some((doc) => typeof doc.value.services === "object" && doc.value.services !== null && !("kind" in doc.value));
}

function isKubernetes(documents: readonly YamlDocument[]): boolean {
  return documents.some((doc) => typeof doc.value.kind === "string" && typeof doc.value.apiVersion === "string");
}

function readYaml(name: string, text: string, hint: "compose" | "yaml" | "unknown"): ReadArtefact {
  const parsed = parseYamlDocuments(text);
  if (!parsed.ok) return { ok: false, name, reason: hint === "unknown" ? NOT_AN_ARTEFACT : parsed.reason };
  const { documents } = parsed;
  if (hint === "compose" || (isCompose(documents) && !isKubernetes(documents))) {
    if (!isCompose(documents)) return { ok: false, name, reason: "It is YAML, but has no services: section, so it is not a Compose file." };
    const { facts, notes } = readCompose(name, documents);
    return { ok: true, name, kind: "compose", facts, notes, documents: documents.length };
  }
  if (isKubernetes(documents)) {
    const { facts, notes } = readKubernetes(name, documents);
    return { ok: true, name, kind: "kubernetes", facts, notes, documents: documents.length };
  }
  return {
    ok: false,
    name,
    reason:
      hint === "unknown"
        ? NOT_AN_ARTEFACT
        : "It is YAML, but neither a Compose file (no services:) nor Kubernetes objects (no apiVersion and kind).",
  };
}

export function readArtefact(input: ArtefactInput): ReadArtefact {
  const { name, text } = input;
  const bytes = utf8Bytes(text);
  if (bytes > EVIDENCE_LIMITS.fileBytes) {
    return {
      ok: false,
      name,
      reason: oversizedReason(bytes),
    };
  }
  if (text.trim() === "") return { ok: false, name, reason: "It is empty." };
  if (looksBinary(text))
    return { ok: false, name, reason: "It is a binary file, not text: give a Dockerfile, a Compose file or Kubernetes YAML." };
  const hint = kindFromName(name);
  try {
    if (hint === "dockerfile" || (hint === "unknown" && looksLikeDockerfile(text))) {
      if (bytes > EVIDENCE_LIMITS.dockerfileBytes) {
        return {
          ok: false,
          name,
          reason: `It is ${(bytes / 1000).toFixed(0)} KB; a Dockerfile may be at most ${EVIDENCE_LIMITS.dockerfileBytes / 1000} KB.`,
        };
      }
      const lines = text.split(/\r\n|\n|\r/).length;
      if (lines > EVIDENCE_LIMITS.dockerfileLines) {
        return { ok: false, name, reason: `It has ${lines} lines; a Dockerfile may have at most ${EVIDENCE_LIMITS.dockerfileLines}.` };
      }
      if (!looksLikeDockerfile(text))
        return { ok: false, name, reason: "It is named like a Dockerfile, but its first instruction is not FROM (or ARG)." };
      const { facts, notes } = readDockerfile(name, text);
      return { ok: true, name, kind: "dockerfile", facts, notes, documents: 1 };
    }
    return readYaml(name, text, hint === "kubernetes" ? "yaml" : hint);
  } catch {
    // The readers are written not to throw; this keeps one unforeseen input from taking the page down.
    return { ok: false, name, reason: "It could not be read: the reader stopped on something it does not understand." };
  }
}

/** Every file, in the order given; past the file limit, the rest are refused by name. */
export function readArtefacts(inputs: readonly ArtefactInput[]): ReadArtefact[] {
  return inputs.map((input, index) =>
    index < EVIDENCE_LIMITS.files
      ? readArtefact(input)
      : { ok: false, name: input.name, reason: `Only ${EVIDENCE_LIMITS.files} files are read at a time; this one was left out.` },
  );
}
