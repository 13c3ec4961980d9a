import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EVIDENCE_LIMITS } from "../limits";
import { parseYamlDocuments, SOURCE_TEXT_MAX, type YamlDocument } from "./parse-yaml";

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8");

function documentsOf(text: string): YamlDocument[] {
  const parsed = parseYamlDocuments(text);
  if (!parsed.ok) throw new Error(`expected ${JSON.stringify(text)} to parse: ${parsed.reason}`);
  return parsed.documents;
}

function only(text: string): YamlDocument {
  const [doc, ...rest] = documentsOf(text);
  if (doc === undefined || rest.length > 0) throw new Error("expected exactly one document");
  return doc;
}

describe("parseYamlDocuments refuses in one sentence", () => {
  it.each([
    ["a: 1\nb: 2\nc:\n  - x\n  - y\n d: 3\n", "line 6: All mapping items must start at the same column."],
    ["a: 1\nb: [1, 2\nc: 3\n", "line 3: Flow sequence in block collection must be sufficiently indented and end with a ]."],
    ["a: 1\nb: 2\n\tc: 3\n", "line 3: Tabs are not allowed as indentation."],
    ["a: b: c\n", "line 1: Nested mappings are not allowed in compact mappings."],
    ["a: 1\nb: *nope\n", "line 2: the alias *nope names no anchor defined before it."],
  ])("%j", (text, reason) => {
    expect(parseYamlDocuments(text)).toEqual({ ok: false, reason });
  });

  it("names the first error's line in a later document", () => {
    const result = parseYamlDocuments("a: 1\n---\nb: 2\n---\nc: [\n");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/^line 5: /);
  });

  it("refuses the billion-laughs bomb before expanding it", () => {
    const started = performance.now();
    expect(parseYamlDocuments(fixture("kubernetes/yaml-bomb.yaml"))).toEqual({
      ok: false,
      reason: "The file uses too many aliases (a YAML bomb?).",
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("refuses more aliases than the limit, and takes up to it", () => {
    const aliases = (count: number) => `base: &b x\nlist:\n${"  - *b\n".repeat(count)}`;
    expect(parseYamlDocuments(aliases(EVIDENCE_LIMITS.aliases + 1))).toEqual({
      ok: false,
      reason: "The file uses too many aliases (a YAML bomb?).",
    });
    expect(only(aliases(EVIDENCE_LIMITS.aliases)).value.list).toHaveLength(EVIDENCE_LIMITS.aliases);
  });

  it("refuses more documents than the limit, and takes up to it", () => {
    const many = (count: number) => Array.from({ length: count }, (_, i) => `kind: ConfigMap\nname: c${i}\n`).join("---\n");
    const refused = parseYamlDocuments(many(EVIDENCE_LIMITS.documents + 1));
    expect(refused).toEqual({
      ok: false,
      reason: `The file has ${EVIDENCE_LIMITS.documents + 1} YAML documents, more than the ${EVIDENCE_LIMITS.documents} it may have.`,
    });
    expect(documentsOf(many(EVIDENCE_LIMITS.documents))).toHaveLength(EVIDENCE_LIMITS.documents);
  });
});

describe("parseYamlDocuments reads", () => {
  it("skips empty documents and separators, and counts documents that are not mappings", () => {
    const parsed = parseYamlDocuments("---\n---\n# only a comment\n---\na: 1\n--- just a string\n---\n- a list\n---\n");
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.documents.map((doc) => [doc.index, doc.value])).toEqual([[2, { a: 1 }]]);
    expect(parsed.skipped).toBe(2);
  });

  it.each(["", "\n\n", "# nothing here\n", "---\n...\n", "\uFEFF"])("takes %j as no documents", (text) => {
    expect(parseYamlDocuments(text)).toEqual({ ok: true, documents: [], skipped: 0 });
  });

  it("gives plain values, merge keys and aliases resolved", () => {
    const doc = only("base: &base\n  a: 1\n  b: 2\nmerged:\n  <<: *base\n  b: 3\ncopy: *base\n");
    expect(doc.value).toEqual({ base: { a: 1, b: 2 }, merged: { a: 1, b: 3 }, copy: { a: 1, b: 2 } });
  });
});

describe("lineOf", () => {
  const text = [
    "# comment", // 1
    "apiVersion: apps/v1", // 2
    "kind: Deployment", // 3
    "spec:", // 4
    "  template:", // 5
    "    spec:", // 6
    "      containers:", // 7
    "        - name: app", // 8
    "          image: nginx:1.27", // 9
    "          ports: [{ containerPort: 80 }, { containerPort: 443 }]", // 10
    "        -", // 11
    "          name: sidecar", // 12
    '      "quoted key": 1', // 13
    "      8080: numeric key", // 14
    "",
  ].join("\n");
  const doc = only(text);

  it.each([
    [[], 2],
    [["kind"], 3],
    [["spec", "template", "spec", "containers"], 7],
    [["spec", "template", "spec", "containers", 0], 8],
    [["spec", "template", "spec", "containers", 0, "image"], 9],
    [["spec", "template", "spec", "containers", 0, "ports", 1, "containerPort"], 10],
    [["spec", "template", "spec", "containers", 1, "name"], 12],
    [["spec", "template", "spec", "quoted key"], 13],
    [["spec", "template", "spec", 8080], 14],
    [["spec", "template", "spec", "containers", 0, "missing", "deeper"], 8],
    [["spec", "template", "spec", "containers", 9], 7],
    [["nothing"], 2],
  ] as const)("%j is on line %i", (path, line) => {
    expect(doc.lineOf(path)).toBe(line);
  });

  it("gives the trimmed text of a line, cut to the limit", () => {
    expect(doc.lineText(9)).toBe("image: nginx:1.27");
    const long = only(`key: ${"x".repeat(500)}\n`);
    expect(long.lineText(1)).toHaveLength(SOURCE_TEXT_MAX);
    expect(long.lineText(99)).toBe("");
  });

  it("follows aliases and merge keys to the line that holds the value", () => {
    const merged = only(
      [
        "defaults: &defaults",
        "  restart: always",
        "  image: app:1",
        "services:",
        "  web:",
        "    <<: *defaults",
        "    image: app:2",
        "  worker: *defaults",
        "",
      ].join("\n"),
    );
    expect(merged.lineOf(["services", "web", "restart"])).toBe(2);
    expect(merged.lineOf(["services", "web", "image"])).toBe(7);
    expect(merged.lineOf(["services", "worker", "image"])).toBe(3);
  });

  it("counts lines in later documents from the start of the file", () => {
    const [first, second] = documentsOf("a: 1\n---\n# c\nb:\n  c: 2\n");
    expect(first?.lineOf(["a"])).toBe(1);
    expect(second?.lineOf(["b", "c"])).toBe(5);
  });

  it("reads CRLF files with the same lines and no carriage returns", () => {
    const crlf = only(fixture("kubernetes/crlf.yaml"));
    const path = ["spec", "template", "spec", "containers", 0, "securityContext", "privileged"];
    expect(crlf.lineOf(path)).toBe(20);
    expect(crlf.lineText(20)).toBe("privileged: true");
    expect(crlf.lineText(18)).toBe("image: nginx:1.27");
  });
});

describe("parseYamlDocuments never throws", () => {
  it.each([
    "\u0000\u0001\u0002",
    "a: !!binary AAAA\n",
    "a: !Ref Something\n",
    "? [complex, key]\n: value\n",
    "%YAML 1.1\n---\na: yes\n",
    "%TAG ! tag:example.com,2000:\n---\na: !foo 1\n",
    "a: 1\na: 2\n",
    "&a a: *a\n",
    `a: ${"[".repeat(5000)}${"]".repeat(5000)}\n`,
    `${"- ".repeat(2000)}x\n`,
    "__proto__: { polluted: true }\nconstructor: 1\n",
  ])("%j", (text) => {
    expect(() => parseYamlDocuments(text)).not.toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
