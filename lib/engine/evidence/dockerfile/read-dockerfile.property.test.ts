/**
 * The Dockerfile reader over damaged input: the fixtures with lines deleted, duplicated,
 * swapped and cut, bytes and control characters inserted, very long lines, and random
 * instruction soup. It must never throw, must state only facts the vocabulary allows with a
 * line inside the file, and must answer each file in well under a second.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isFactValue } from "../facts";
import { readDockerfile } from "./read-dockerfile";

const FIXTURES = join(__dirname, "..", "fixtures", "dockerfile");
const TEXTS = readdirSync(FIXTURES).map((name) => readFileSync(join(FIXTURES, name), "utf8"));
/** Generous for a busy two-core machine; a real file takes a few milliseconds. */
const MAX_MS = 1_000;
const TIMEOUT = 60_000;

// Any UTF-16 unit, lone surrogates included: the reader gets whatever a file picker gives it.
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const control = fc.constantFrom(
  "\u0000",
  "\u0007",
  "\b",
  "\t",
  "\v",
  "\f",
  "\r",
  "\u001b",
  "\u007f",
  "\u0085",
  "\u2028",
  "\uFEFF",
  "\uFFFD",
);
const SOUP = [
  "FROM",
  "RUN",
  "CMD",
  "ENTRYPOINT",
  "USER",
  "ENV",
  "ARG",
  "LABEL",
  "VOLUME",
  "EXPOSE",
  "STOPSIGNAL",
  "HEALTHCHECK",
  "SHELL",
  "ONBUILD",
  "COPY",
  "ADD",
  "WORKDIR",
  "AS",
  "NONE",
  "scratch",
  "node:20",
  "alpine@sha256:",
  "builder",
  "root",
  "0:0",
  "$UID",
  "${A:-b}",
  "${",
  "}",
  "$",
  "[",
  "]",
  '"',
  "'",
  "\\",
  "`",
  "\\\n",
  "`\n",
  "<<EOF",
  "<<-'EOF'",
  "EOF",
  "&",
  "&&",
  "2>&1",
  "|",
  ";",
  "#",
  "# escape=`",
  "# escape=\\",
  "--mount=type=secret,id=x",
  "--platform=$BUILDPLATFORM",
  "sh",
  "-c",
  "exec",
  "gosu",
  "tini",
  "--",
  "/init",
  "supervisord",
  "ln -sf /dev/stdout",
  "/var/log",
  "DB_PASSWORD=x",
  "X_FILE=/run/secrets/x",
  "53/udp",
  "=",
];
const soupLine = fc.array(fc.constantFrom(...SOUP), { maxLength: 12 }).map((words) => words.join(" "));
const soup = fc.array(soupLine, { maxLength: 60 }).map((lines) => lines.join("\n"));

type Mutation = (lines: string[]) => string[];
const at = (lines: string[], n: number) => (lines.length === 0 ? 0 : n % lines.length);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map(
    (n): Mutation =>
      (lines) =>
        lines.filter((_, i) => i !== at(lines, n)),
  ),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 20 })).map(([n, times]): Mutation => (lines) => {
    const i = at(lines, n);
    return [...lines.slice(0, i), ...Array<string>(times).fill(lines[i] ?? ""), ...lines.slice(i)];
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (lines) => {
    const copy = [...lines];
    const [i, j] = [at(lines, a), at(lines, b)];
    [copy[i], copy[j]] = [copy[j] ?? "", copy[i] ?? ""];
    return copy;
  }),
  fc.tuple(fc.nat(), fc.nat(), fc.string({ unit: fc.oneof(anyUnit, control), maxLength: 20 })).map(
    ([n, column, text]): Mutation =>
      (lines) =>
        lines.map((line, i) =>
          i === at(lines, n) ? line.slice(0, column % (line.length + 1)) + text + line.slice(column % (line.length + 1)) : line,
        ),
  ),
  fc.nat().map(
    (n): Mutation =>
      (lines) =>
        lines
          .join("\n")
          .slice(0, n % (lines.join("\n").length + 1))
          .split("\n"),
  ),
  fc
    .tuple(fc.nat(), soupLine)
    .map(([n, line]): Mutation => (lines) => [...lines.slice(0, at(lines, n)), line, ...lines.slice(at(lines, n))]),
);
const mutated = fc
  .tuple(fc.constantFrom(...TEXTS), fc.array(mutation, { minLength: 1, maxLength: 8 }), fc.boolean())
  .map(([text, changes, crlf]) => {
    const result = changes.reduce((lines, change) => change(lines), text.split("\n")).join("\n");
    return crlf ? result.replaceAll("\n", "\r\n") : result;
  });
const longLine = fc
  .tuple(
    fc.constantFrom(...TEXTS),
    fc.nat(),
    fc.constantFrom("a", " ", "$", "${", "&", "\\", "`", "[", '"', "<<A ", "=", "\t"),
    fc.integer({ min: 1_000, max: 150_000 }),
  )
  .map(([text, n, unit, length]) => {
    const lines = text.split("\n");
    const i = n % lines.length;
    return [...lines.slice(0, i), `${lines[i] ?? ""} ${unit.repeat(Math.ceil(length / unit.length))}`, ...lines.slice(i + 1)].join("\n");
  });

let slowest = 0;
let calls = 0;
let withFacts = 0;

function checked(text: string): void {
  const started = performance.now();
  const { facts, notes } = readDockerfile("fuzz.Dockerfile", text);
  slowest = Math.max(slowest, performance.now() - started);
  calls += 1;
  if (facts.length > 0) withFacts += 1;
  const lineCount = text.split(/\r?\n/).length;
  for (const fact of facts) {
    expect(isFactValue(fact.id, fact.value)).toBe(true);
    expect(fact.source.line).toBeGreaterThanOrEqual(1);
    expect(fact.source.line).toBeLessThanOrEqual(lineCount);
    expect(fact.source.text.length).toBeLessThanOrEqual(200);
    expect(typeof fact.note === "string" && fact.note.length > 0).toBe(true);
  }
  expect(notes.length).toBeLessThanOrEqual(41);
  // The catch-alls are a last line of defence: a reader reaching one on any input is a bug.
  expect(notes.filter((note) => /could not read/i.test(note))).toEqual([]);
}

describe("readDockerfile over damaged and random input", () => {
  it("never throws on mutated fixtures (3,000 runs)", { timeout: TIMEOUT }, () => {
    fc.assert(fc.property(mutated, checked), { numRuns: 3_000 });
  });

  it("never throws on instruction soup and raw characters (1,000 runs)", { timeout: TIMEOUT }, () => {
    fc.assert(fc.property(fc.oneof(soup, fc.string({ unit: fc.oneof(anyUnit, control), maxLength: 400 })), checked), { numRuns: 1_000 });
  });

  it("never throws on very long lines (200 runs)", { timeout: TIMEOUT }, () => {
    fc.assert(fc.property(longLine, checked), { numRuns: 200 });
  });

  it("answered every file in under a second, and still read most damaged files", () => {
    expect(calls).toBeGreaterThanOrEqual(4_200);
    expect(withFacts / calls).toBeGreaterThan(0.5);
    expect(slowest).toBeLessThan(MAX_MS);
  });
});
