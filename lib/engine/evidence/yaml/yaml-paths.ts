/**
 * Finding where a value sits in a parsed YAML document: walks the document's nodes along a
 * path of keys and indexes, through aliases and `<<` merge keys, to the offset of the key
 * (or sequence item) the path ends at. The readers work on plain values; this gives them
 * the line to cite.
 */
import { isAlias, isMap, isScalar, isSeq, visit, type Document, type Pair, type YAMLMap } from "yaml";

export type YamlPath = readonly (string | number)[];

/** Merges nest rarely more than twice; the bound stops a cycle of merges from looping. */
const MAX_MERGE_DEPTH = 8;

function startOf(node: unknown): number | undefined {
  if (typeof node !== "object" || node === null || !("range" in node)) return undefined;
  const range: unknown = node.range;
  return Array.isArray(range) && typeof range[0] === "number" ? range[0] : undefined;
}

function keyText(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined;
  const value: unknown = key.value;
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : undefined;
}

function isMergeKey(key: unknown): boolean {
  return isScalar(key) && (typeof key.value === "symbol" || key.source === "<<");
}

export class NodeWalker {
  private anchors: { name: string; start: number; node: unknown }[] | undefined;
  // Both caches keep every lookup linear overall: a map's keys are indexed once, an alias resolved once.
  private readonly keysOf = new WeakMap<YAMLMap, Map<string, Pair>>();
  private readonly resolved = new WeakMap<object, unknown>();

  constructor(private readonly doc: Document.Parsed) {}

  /** The anchored node an alias names: the last one with that anchor before the alias. */
  private deref(node: unknown): unknown {
    if (!isAlias(node)) return node;
    if (this.resolved.has(node)) return this.resolved.get(node);
    if (this.anchors === undefined) {
      const anchors: { name: string; start: number; node: unknown }[] = [];
      visit(this.doc, {
        Node: (_key, found) => {
          if (!isAlias(found) && typeof found.anchor === "string")
            anchors.push({ name: found.anchor, start: startOf(found) ?? 0, node: found });
        },
      });
      this.anchors = anchors;
    }
    const at = startOf(node) ?? Number.MAX_SAFE_INTEGER;
    let found: unknown = undefined;
    for (const anchor of this.anchors) {
      if (anchor.start >= at) break;
      if (anchor.name === node.source) found = anchor.node;
    }
    // An alias never names another alias (anchors sit on nodes), so one step is enough.
    this.resolved.set(node, found);
    return found;
  }

  /** The pair for `key` in a map: its own (the last, as toJS keeps it), else the first merged one. */
  private pairIn(map: YAMLMap.Parsed | YAMLMap, key: string, depth: number): Pair | undefined {
    let keys = this.keysOf.get(map);
    if (keys === undefined) {
      keys = new Map();
      // The last pair with a key wins, as it does in toJS.
      for (const pair of map.items) {
        const text = keyText(pair.key);
        if (text !== undefined) keys.set(text, pair);
      }
      this.keysOf.set(map, keys);
    }
    const own = keys.get(key);
    if (own !== undefined || depth >= MAX_MERGE_DEPTH) return own;
    for (const pair of map.items) {
      if (!isMergeKey(pair.key)) continue;
      const value = this.deref(pair.value);
      const sources = isSeq(value) ? value.items.map((item) => this.deref(item)) : [value];
      for (const source of sources) {
        if (!isMap(source)) continue;
        const merged = this.pairIn(source, key, depth + 1);
        if (merged !== undefined) return merged;
      }
    }
    return undefined;
  }

  /** The offset of the deepest node along `path` that exists (the document's start for []). */
  offsetOf(path: YamlPath): number {
    let node: unknown = this.doc.contents;
    let offset = startOf(node) ?? 0;
    for (const segment of path) {
      node = this.deref(node);
      if (isMap(node)) {
        const pair = this.pairIn(node, String(segment), 0);
        if (pair === undefined) break;
        offset = startOf(pair.key) ?? startOf(pair.value) ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === "number") {
        const item: unknown = node.items[segment];
        if (item === undefined) break;
        offset = startOf(item) ?? offset;
        node = item;
      } else break;
    }
    return offset;
  }
}
