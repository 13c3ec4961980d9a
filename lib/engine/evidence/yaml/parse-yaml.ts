/**
 * YAML in, plain values out, with a way back to the line each value came from. Everything
 * the library can throw is turned into one sentence, and the limits (documents per file,
 * aliases per document) are checked before any alias is expanded, so a YAML bomb is refused
 * rather than inflated.
 */
import { isAlias, LineCounter, parseAllDocuments, visit, type Document } from "yaml";
import { EVIDENCE_LIMITS } from "../limits";
import { NodeWalker, type YamlPath } from "./yaml-paths";

export type { YamlPath } from "./yaml-paths";

/** Longest line text kept in a source: enough to recognise the line, short enough to show. */
export const SOURCE_TEXT_MAX = 200;

export interface YamlDocument {
  /** 0-based position among the file's documents (empty ones included). */
  index: number;
  /** The document as plain values: always a mapping (other documents are skipped). */
  value: Record<string, unknown>;
  /** The 1-based line of the key (or item) at `path`, or of its deepest existing ancestor. */
  lineOf(path: YamlPath): number;
  /** The text of a 1-based line, trimmed and cut to SOURCE_TEXT_MAX characters. */
  lineText(line: number): string;
}

export type ParsedYaml =
  | { ok: true; documents: YamlDocument[]; /** Non-empty documents that are not mappings. */ skipped: number }
  | { ok: false; reason: string };

const BOMB = "The file uses too many aliases (a YAML bomb?).";

function sentence(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, " ");
  const capped = trimmed.length > 160 ? `${trimmed.slice(0, 157)}…` : trimmed;
  return /[.!?…]$/.test(capped) ? capped : `${capped}.`;
}

function isPlainMap(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isEmptyDocument(doc: Document.Parsed): boolean {
  const contents: unknown = doc.contents;
  if (contents === null || contents === undefined) return true;
  return typeof contents === "object" && "value" in contents && contents.value === null && !isAlias(contents);
}

/** Aliases in the document, and the first that names no earlier anchor (toJS would throw on it). */
function aliasCheck(doc: Document.Parsed): { count: number; unresolved?: { name: string; offset: number } } {
  const seen = new Set<string>();
  let count = 0;
  let unresolved: { name: string; offset: number } | undefined;
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) {
        count += 1;
        if (unresolved === undefined && !seen.has(node.source)) unresolved = { name: node.source, offset: node.range?.[0] ?? 0 };
      } else if (typeof node.anchor === "string") seen.add(node.anchor);
    },
  });
  return unresolved === undefined ? { count } : { count, unresolved };
}

export function parseYamlDocuments(text: string): ParsedYaml {
  try {
    return parse(text);
  } catch (error) {
    // The library's own limits (and a stack overflow on absurd nesting) end up here.
    const message = error instanceof Error ? error.message : String(error);
    if (/alias/i.test(message)) return { ok: false, reason: BOMB };
    return { ok: false, reason: sentence(`The YAML could not be read: ${message}`) };
  }
}

function parse(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  // logLevel "error": the library's warnings (a collection used as a key) would go to the console.
  const parsed = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: false, merge: true, logLevel: "error" });
  const docs: Document.Parsed[] = Array.from(parsed);
  const lines = text.split("\n");
  // A final newline leaves an empty last "line" that no editor shows.
  const lastLine = lines.length > 1 && lines[lines.length - 1] === "" ? lines.length - 1 : lines.length;
  const lineAt = (offset: number): number => Math.min(Math.max(lineCounter.linePos(offset).line, 1), Math.max(lastLine, 1));
  const lineText = (line: number): string => {
    const raw = (lines[line - 1] ?? "").trim();
    return raw.length > SOURCE_TEXT_MAX ? raw.slice(0, SOURCE_TEXT_MAX) : raw;
  };

  if (docs.length > EVIDENCE_LIMITS.documents) {
    return { ok: false, reason: `The file has ${docs.length} YAML documents, more than the ${EVIDENCE_LIMITS.documents} it may have.` };
  }
  for (const doc of docs) {
    const error = doc.errors[0];
    if (error !== undefined) return { ok: false, reason: sentence(`line ${lineAt(error.pos[0])}: ${error.message}`) };
  }

  const documents: YamlDocument[] = [];
  let skipped = 0;
  for (const [index, doc] of docs.entries()) {
    if (isEmptyDocument(doc)) continue;
    const aliases = aliasCheck(doc);
    if (aliases.count > EVIDENCE_LIMITS.aliases) return { ok: false, reason: BOMB };
    if (aliases.unresolved !== undefined) {
      const { name, offset } = aliases.unresolved;
      return { ok: false, reason: `line ${lineAt(offset)}: the alias *${name} names no anchor defined before it.` };
    }
    // The library counts an anchor's own definition as one use, hence the + 1; it also weighs
    // nested expansion (an alias of a list of aliases), which is what stops a bomb.
    const value: unknown = doc.toJS({ maxAliasCount: EVIDENCE_LIMITS.aliases + 1 });
    if (!isPlainMap(value)) {
      skipped += 1;
      continue;
    }
    const walker = new NodeWalker(doc);
    documents.push({ index, value, lineOf: (path) => lineAt(walker.offsetOf(path)), lineText });
  }
  return { ok: true, documents, skipped };
}
