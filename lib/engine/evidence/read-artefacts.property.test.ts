/**
 * The whole way in, over damaged and hostile input: every fixture of every kind, mutated at
 * random and handed over under any name (so a Dockerfile may arrive as "deploy.yaml" and
 * YAML as "Dockerfile"), plus pure noise. Nothing may throw or take a second; each file
 * gives facts with lines inside it, or one sentence saying why not.
 */
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isFactValue } from "./facts";
import { readArtefact } from "./read-artefacts";

const ROOT = new URL("./fixtures/", import.meta.url);
const FIXTURES = readdirSync(ROOT).flatMap((dir) =>
  readdirSync(new URL(`${dir}/`, ROOT)).map((name) => readFileSync(new URL(`${dir}/${name}`, ROOT), "utf8")),
);
const NAMES = ["Dockerfile", "Containerfile", "compose.yaml", "docker-compose.yml", "deploy.yaml", "notes.txt", "Pasted text 1", ""];
const MAX_CALL_MS = 1000;

const mutation = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), count: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(), count: fc.integer({ min: 1, max: 50 }) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.string({ unit: "binary", maxLength: 40 }) }),
  fc.record({ kind: fc.constant("cut" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("indent" as const), at: fc.nat(), by: fc.integer({ min: -4, max: 6 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, step: Mutation): string {
  const lines = text.split("\n");
  const at = lines.length === 0 ? 0 : step.at % lines.length;
  switch (step.kind) {
    case "delete":
      return [...lines.slice(0, at), ...lines.slice(at + step.count)].join("\n");
    case "duplicate":
      return [...lines.slice(0, at), ...Array<string>(step.count).fill(lines[at] ?? ""), ...lines.slice(at)].join("\n");
    case "insert": {
      const offset = text.length === 0 ? 0 : step.at % text.length;
      return text.slice(0, offset) + step.text + text.slice(offset);
    }
    case "cut":
      return text.slice(0, text.length === 0 ? 0 : step.at % text.length);
    case "indent":
      return lines.map((line, i) => (i === at ? (step.by >= 0 ? " ".repeat(step.by) + line : line.slice(-step.by)) : line)).join("\n");
  }
}

const damaged = fc
  .tuple(fc.constantFrom(...FIXTURES), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([text, steps]) => steps.reduce(mutate, text));
const noise = fc.oneof(fc.string({ unit: "binary", maxLength: 2000 }), fc.string({ unit: "grapheme", maxLength: 500 }));

let slowest = 0;

function check(name: string, text: string): void {
  const started = performance.now();
  const result = readArtefact({ name, text });
  slowest = Math.max(slowest, performance.now() - started);
  if (!result.ok) {
    expect(result.reason).toMatch(/^[^\n]+$/);
    return;
  }
  const lines = text.split(/\r\n|\n|\r/).length;
  for (const fact of result.facts) {
    expect(isFactValue(fact.id, fact.value), `${fact.id}=${fact.value}`).toBe(true);
    expect(fact.source.line).toBeGreaterThanOrEqual(1);
    expect(fact.source.line).toBeLessThanOrEqual(lines);
  }
}

describe("reading any file under any name", () => {
  it("never throws or hangs on mutated fixtures", () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), damaged, (name, text) => check(name, text)),
      { numRuns: 2000 },
    );
    expect(slowest).toBeLessThan(MAX_CALL_MS);
  }, 120_000);

  it("never throws or hangs on noise", () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), noise, (name, text) => check(name, text)),
      { numRuns: 1000 },
    );
    expect(slowest).toBeLessThan(MAX_CALL_MS);
  }, 120_000);
});
