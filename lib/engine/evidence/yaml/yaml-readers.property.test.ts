/**
 * The YAML readers over damaged input: every fixture, mutated at random (lines deleted,
 * duplicated or re-indented, bytes inserted, the text cut short, scalars swapped for other
 * types, deep nesting, stray anchors and aliases), goes through parse and both readers.
 * Nothing may throw, every call must finish well under a second, and whatever facts come
 * out must still be valid facts with a line inside the file.
 */
import { readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isFactValue } from "../facts";
import { fixtureText } from "./fixture-check";
import { parseYamlDocuments } from "./parse-yaml";
import { readCompose } from "./read-compose";
import { readKubernetes } from "./read-kubernetes";

const FIXTURES = ["compose", "kubernetes"].flatMap((folder) =>
  readdirSync(new URL(`../fixtures/${folder}/`, import.meta.url))
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => fixtureText(`${folder}/${name}`)),
);
/** Each call is expected in milliseconds; a second means something went quadratic or worse. */
const MAX_CALL_MS = 1000;
/** fast-check runs in a worker next to other test files; room for a busy two-core machine. */
const SLOW_MACHINE_TIMEOUT = 60_000;

let slowest = 0;

/** Parse and read with both readers, timing each call and checking what comes out. */
function readAll(text: string): void {
  const time = <T>(run: () => T): T => {
    const started = performance.now();
    const result = run();
    slowest = Math.max(slowest, performance.now() - started);
    return result;
  };
  const parsed = time(() => parseYamlDocuments(text));
  if (!parsed.ok) {
    expect(parsed.reason).toMatch(/^[^\n]+$/);
    return;
  }
  const lines = text.split("\n").length;
  for (const reader of [readCompose, readKubernetes]) {
    const { facts, notes } = time(() => reader("fuzzed.yaml", parsed.documents));
    for (const fact of facts) {
      expect(isFactValue(fact.id, fact.value)).toBe(true);
      expect(fact.source.line).toBeGreaterThanOrEqual(1);
      expect(fact.source.line).toBeLessThanOrEqual(lines);
      expect(fact.source.text.length).toBeLessThanOrEqual(200);
    }
    for (const note of notes) expect(typeof note).toBe("string");
  }
}

const YAML_BYTES = [
  ":",
  "-",
  " ",
  "  ",
  "\t",
  "\n",
  "\r",
  "\r\n",
  "#",
  "&",
  "*",
  "!",
  "|",
  ">",
  "'",
  '"',
  "[",
  "]",
  "{",
  "}",
  ",",
  "?",
  "%",
  "@",
  "`",
  "\\",
  "\u0000",
  "\uFEFF",
  "é",
  "😀",
  "<<: *a",
  "---",
  "...",
];
const SCALARS = [
  "true",
  "false",
  "null",
  "~",
  "0",
  "-1",
  "1e309",
  ".nan",
  "0x1F",
  "'3'",
  '"yes"',
  "[]",
  "{}",
  "[a, b]",
  "{ a: 1 }",
  "${VAR}",
  "$(VAR)",
  "*a",
  "&a x",
  "!!str 5",
  "|\n  block",
  "ALL",
  "Always",
  "windows",
  "root",
];

type Mutation = (lines: string[]) => string[];

const lineIndex = fc.nat({ max: 10_000 });
const at = (lines: readonly string[], i: number) => (lines.length === 0 ? 0 : i % lines.length);

const onLine =
  (i: number, change: (line: string) => string[]): Mutation =>
  (lines) =>
    lines.flatMap((line, j) => (j === at(lines, i) ? change(line) : [line]));
const indentOf = (line: string) => line.length - line.trimStart().length;
const withValue = (line: string, value: string) => (line.includes(": ") ? `${line.slice(0, line.indexOf(": "))}: ${value}` : line);

const deleteLine = lineIndex.map((i) => onLine(i, () => []));
/** Duplicate keys, repeated list items. */
const duplicateLine = lineIndex.map((i) => onLine(i, (line) => [line, line]));
const shiftIndent = fc
  .tuple(lineIndex, fc.integer({ min: -6, max: 6 }))
  .map(([i, shift]) => onLine(i, (line) => [shift >= 0 ? " ".repeat(shift) + line : line.slice(Math.min(-shift, indentOf(line)))]));
const insertBytes = fc
  .tuple(
    lineIndex,
    fc.nat(),
    fc.array(fc.oneof(fc.constantFrom(...YAML_BYTES), fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 4 }),
  )
  .map(([i, offset, inserted]) =>
    onLine(i, (line) => {
      const cut = offset % (line.length + 1);
      return [line.slice(0, cut) + inserted.join("") + line.slice(cut)];
    }),
  );
const swapScalar = fc.tuple(lineIndex, fc.constantFrom(...SCALARS)).map(([i, scalar]) => onLine(i, (line) => [withValue(line, scalar)]));
const nestDeeply = fc
  .tuple(lineIndex, fc.integer({ min: 50, max: 3000 }), fc.boolean())
  .map(([i, depth, flow]) =>
    onLine(i, (line) =>
      flow
        ? [withValue(line, `${"[".repeat(depth)}x${"]".repeat(depth)}`)]
        : [line, ...Array.from({ length: Math.min(depth, 400) }, (_, d) => `${" ".repeat(indentOf(line) + 2 + d * 2)}k${d}:`)],
    ),
  );
/** An anchor on one line, aliases to it on others (up to more than the limit allows). */
const addAliases = fc
  .tuple(lineIndex, fc.array(lineIndex, { minLength: 1, maxLength: 150 }))
  .map(([anchor, aliases]): Mutation => (lines) => {
    const targets = new Set(aliases.map((i) => at(lines, i)));
    return lines.map((line, j) => (j === at(lines, anchor) ? line.replace(": ", ": &a ") : targets.has(j) ? withValue(line, "*a") : line));
  });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(deleteLine, duplicateLine, shiftIndent, insertBytes, swapScalar, nestDeeply, addAliases);

const fixture = fc.constantFrom(...FIXTURES);

describe("the YAML readers on mutated fixtures", () => {
  it(
    "never throw and stay fast",
    () => {
      fc.assert(
        fc.property(fixture, fc.array(mutation, { minLength: 1, maxLength: 5 }), (text, mutations) => {
          const lines = mutations.reduce((current, mutate) => mutate(current), text.split("\n"));
          readAll(lines.join("\n"));
        }),
        { numRuns: 1500 },
      );
      expect(slowest).toBeLessThan(MAX_CALL_MS);
    },
    SLOW_MACHINE_TIMEOUT,
  );

  it(
    "never throw on a fixture cut short anywhere",
    () => {
      fc.assert(
        fc.property(fixture, fc.double({ min: 0, max: 1, noNaN: true }), (text, cut) => {
          readAll(text.slice(0, Math.floor(text.length * cut)));
        }),
        { numRuns: 300 },
      );
      expect(slowest).toBeLessThan(MAX_CALL_MS);
    },
    SLOW_MACHINE_TIMEOUT,
  );

  it(
    "never throw on random text, YAML-ish or not",
    () => {
      const yamlish = fc.array(
        fc.oneof(fc.constantFrom(...YAML_BYTES, ...SCALARS, "services:", "kind: Pod", "apiVersion: v1", "  "), fc.string({ maxLength: 8 })),
        {
          maxLength: 200,
        },
      );
      fc.assert(
        fc.property(
          fc.oneof(
            yamlish.map((parts) => parts.join("")),
            fc.string({ unit: "binary", maxLength: 500 }),
          ),
          (text) => {
            readAll(text);
          },
        ),
        { numRuns: 400 },
      );
      expect(slowest).toBeLessThan(MAX_CALL_MS);
    },
    SLOW_MACHINE_TIMEOUT,
  );
});
