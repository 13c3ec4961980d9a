import { describe, expect, it } from "vitest";
import { citationLead, citationOf, evidencePhrase } from "./citation";
import { kindFromName, looksBinary, looksLikeDockerfile, utf8Bytes } from "./detect-kind";
import { keptEvidence } from "./kept-evidence";
import { EVIDENCE_LIMITS } from "./limits";
import { readArtefact, readArtefacts } from "./read-artefacts";

const DEPLOYMENT =
  "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: web:latest\n";
const COMPOSE = "services:\n  web:\n    image: nginx:1.27\n    init: true\n";

function reasonOf(name: string, text: string): string {
  const result = readArtefact({ name, text });
  return result.ok ? "" : result.reason;
}

describe("what a file is", () => {
  it.each([
    ["Dockerfile", "dockerfile"],
    ["api/Dockerfile.prod", "dockerfile"],
    ["Containerfile", "dockerfile"],
    ["web.dockerfile", "dockerfile"],
    ["compose.yaml", "compose"],
    ["docker-compose.override.yml", "compose"],
    ["k8s/deployment.yaml", "yaml"],
    ["notes.txt", "unknown"],
    ["Pasted text 1", "unknown"],
  ])("%s is read as %s", (name, kind) => {
    expect(kindFromName(name)).toBe(kind);
  });

  it("tells a Dockerfile by its first instruction, after comments and parser directives", () => {
    expect(looksLikeDockerfile("# escape=`\n\n# a comment\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n")).toBe(true);
    expect(looksLikeDockerfile("ARG BASE=node:22\nFROM ${BASE}\n")).toBe(true);
    expect(looksLikeDockerfile("RUN echo hi\nFROM x\n")).toBe(false);
  });

  it("tells binary from text", () => {
    expect(looksBinary("FROM x\n\u0000")).toBe(true);
    expect(looksBinary("\ufffd\ufffd\ufffdPNG\u0001\u0002")).toBe(true);
    expect(looksBinary('FROM node:22\tAS build\r\nCMD ["node"]\n')).toBe(false);
  });

  it("counts UTF-8 bytes as an encoder would", () => {
    for (const text of ["", "abc", "é", "€", "😀", "a😀b\uD800"]) expect(utf8Bytes(text)).toBe(Buffer.byteLength(text, "utf8"));
  });
});

describe("reading files", () => {
  it("reads each kind, from its name or from its text alone", () => {
    const results = readArtefacts([
      { name: "Dockerfile", text: 'FROM node:22\nUSER node\nCMD ["node", "server.js"]\n' },
      { name: "Pasted text 1", text: DEPLOYMENT },
      { name: "Pasted text 2", text: COMPOSE },
      { name: "deploy.yaml", text: COMPOSE },
    ]);
    expect(results.map((result) => (result.ok ? result.kind : result.reason))).toEqual(["dockerfile", "kubernetes", "compose", "compose"]);
  });

  it("refuses what is not an artefact, each with one clear sentence", () => {
    expect(reasonOf("notes.txt", "Remember to buy milk.")).toMatch(/^It is not a Dockerfile \(no FROM line\)/);
    expect(reasonOf("values.yaml", "replicaCount: 2\nimage:\n  tag: 1.0\n")).toMatch(/^It is YAML, but neither a Compose file/);
    expect(reasonOf("compose.yaml", "version: '3'\n")).toBe("It is YAML, but has no services: section, so it is not a Compose file.");
    expect(reasonOf("Dockerfile", "RUN echo hello\n")).toBe(
      "It is named like a Dockerfile, but its first instruction is not FROM (or ARG).",
    );
    expect(reasonOf("broken.yaml", "a: [1, 2\nb: {")).not.toBe("");
    expect(reasonOf("empty.yaml", "  \n\n")).toBe("It is empty.");
    expect(reasonOf("logo.png", "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR")).toMatch(/^It is a binary file/);
  });

  it("refuses a file over the size limit without parsing it, and says both sizes", () => {
    const huge = `FROM node:22\n${"# padding\n".repeat(1_100_000)}`;
    expect(reasonOf("Dockerfile", huge)).toMatch(/^It is 11\.0 MB; the limit is 1\.0 MB per file\./);
  });

  it("refuses a YAML bomb and a file with too many documents", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (const name of "bcdefghi")
      levels.push(
        `${name}: &${name} [${Array(9)
          .fill(`*${String.fromCharCode(name.charCodeAt(0) - 1)}`)
          .join(", ")}]`,
      );
    expect(reasonOf("bomb.yaml", `${levels.join("\n")}\n`)).toMatch(/aliases/);
    const many = Array.from(
      { length: EVIDENCE_LIMITS.documents + 1 },
      (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\n`,
    ).join("---\n");
    expect(reasonOf("many.yaml", many)).toMatch(/documents/);
  });

  it("reads at most the file limit, naming the ones left out", () => {
    const inputs = Array.from({ length: EVIDENCE_LIMITS.files + 2 }, (_, i) => ({ name: `c${i}.yaml`, text: COMPOSE }));
    const results = readArtefacts(inputs);
    expect(results.filter((result) => result.ok)).toHaveLength(EVIDENCE_LIMITS.files);
    expect(results.at(-1)).toEqual({
      ok: false,
      name: `c${EVIDENCE_LIMITS.files + 1}.yaml`,
      reason: `Only ${EVIDENCE_LIMITS.files} files are read at a time; this one was left out.`,
    });
  });
});

describe("citations", () => {
  const sources = [
    { file: "Dockerfile", line: 14, text: "USER root" },
    { file: "deploy.yaml", line: 31, text: "runAsNonRoot: true" },
  ];

  it("cite file, line and text, and lead with the first", () => {
    expect(citationOf(sources)).toBe("Dockerfile, line 14: USER root; deploy.yaml, line 31: runAsNonRoot: true");
    expect(citationLead(sources)).toBe("from Dockerfile line 14 and 1 more");
    expect(citationLead(sources.slice(0, 1))).toBe("from Dockerfile line 14");
  });

  it("stay within the saved limit", () => {
    const long = Array.from({ length: 20 }, (_, line) => ({ file: "f".repeat(60), line, text: "x".repeat(200) }));
    expect(citationOf(long).length).toBeLessThanOrEqual(1000);
  });

  it("follow their answers: renamed through the id history, dropped without an answer", () => {
    const history = {
      questions: { renamed: { "old.run-as": "security.run-as" }, removed: ["gone.question"] },
      options: {},
      actions: { renamed: {}, removed: [] },
    };
    expect(
      keptEvidence({ "old.run-as": "Dockerfile, line 1: USER root", "gone.question": "x" }, { "security.run-as": "root" }, history),
    ).toEqual({
      "security.run-as": "Dockerfile, line 1: USER root",
    });
    expect(keptEvidence({ "security.run-as": "x" }, {})).toBeUndefined();
    expect(keptEvidence(undefined, { a: "b" })).toBeUndefined();
  });
});

describe("the phrase beside an answer", () => {
  it("says where a file's line or the team's agreement put it", () => {
    expect(evidencePhrase("Dockerfile, line 14: USER root")).toBe("From Dockerfile, line 14: USER root");
    expect(evidencePhrase("Agreed from 3 responses: Development: Yes")).toBe("Agreed from 3 responses: Development: Yes");
  });
});
