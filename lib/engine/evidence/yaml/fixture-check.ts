/**
 * Test support for the YAML readers: read a fixture, run a reader, and state its facts as
 * compact rows. Each fact's source is also checked against the file: the cited line's text
 * (a plain secret masked), a one-line note, and a value from the closed vocabulary.
 */
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { isFactValue, type Fact, type FactId } from "../facts";
import { parseYamlDocuments, SOURCE_TEXT_MAX, type YamlDocument } from "./parse-yaml";

export type Row = readonly [id: FactId, value: string, subject: string, line: number];
/** One fixture as the reader tests state it. */
export interface ReaderCase {
  file: string;
  /** Every fact an expert reads from the file: id, value, subject, line. */
  facts: Row[];
  /** Facts that must not be read: [id, subject] (any value). */
  absent: [FactId, string][];
  notes?: string[];
}

export type Reader = (fileName: string, documents: readonly YamlDocument[]) => { facts: Fact[]; notes: string[] };

export function fixtureText(path: string): string {
  return readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8");
}

export function rowsOf(facts: readonly Fact[]): Row[] {
  return facts.map((fact) => [fact.id, fact.value, fact.subject, fact.source.line] as const);
}

const byText = (a: Row, b: Row) => a.join("\u0000").localeCompare(b.join("\u0000"));

export function sortedRows(rows: readonly Row[]): Row[] {
  return [...rows].sort(byText);
}

/** Reads a fixture with `reader`, checks every fact's source and note, and returns the result. */
export function readFixture(path: string, reader: Reader): { facts: Fact[]; notes: string[] } {
  const text = fixtureText(path);
  const name = path.slice(path.lastIndexOf("/") + 1);
  const parsed = parseYamlDocuments(text);
  if (!parsed.ok) throw new Error(`${path} did not parse: ${parsed.reason}`);
  const result = reader(name, parsed.documents);
  const lines = text.split(/\r?\n/);
  for (const fact of result.facts) {
    expect(isFactValue(fact.id, fact.value), `${fact.id}=${fact.value}`).toBe(true);
    expect(fact.source.file).toBe(name);
    const line = (lines[fact.source.line - 1] ?? "").trim().slice(0, SOURCE_TEXT_MAX);
    if (fact.id === "plain-secret") {
      expect(fact.source.text).toContain("********");
      expect(line.startsWith(fact.source.text.slice(0, fact.source.text.indexOf("********")))).toBe(true);
    } else expect(fact.source.text, `${fact.id} of ${fact.subject}`).toBe(line);
    expect(fact.note).toMatch(/^[^\n]{10,300}[.]$/);
  }
  return result;
}
