import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findCycle, topologicalOrder, type Edges } from "./graph";

/** Edges from a compact spec: "a>b c" means a depends on b and c. */
function edges(...specs: string[]): Edges {
  return new Map(
    specs.map((spec) => {
      const [node = "", deps = ""] = spec.split(">");
      return [node, deps.split(" ").filter(Boolean)];
    }),
  );
}

describe("findCycle", () => {
  it.each<[string, string[], Edges, string[] | undefined]>([
    ["no nodes", [], edges(), undefined],
    ["no dependencies", ["a", "b"], edges(), undefined],
    ["a chain", ["a", "b", "c"], edges("a>b", "b>c"), undefined],
    ["a diamond (shared dependency is no cycle)", ["a", "b", "c", "d"], edges("a>b c", "b>d", "c>d"), undefined],
    ["a dependency on an unknown node", ["a"], edges("a>ghost"), undefined],
    ["a node depending on itself", ["a"], edges("a>a"), ["a", "a"]],
    ["two nodes depending on each other", ["a", "b"], edges("a>b", "b>a"), ["a", "b", "a"]],
    [
      "a cycle reached through an acyclic prefix starts on the cycle",
      ["x", "a", "b", "c"],
      edges("x>a", "a>b", "b>c", "c>a"),
      ["a", "b", "c", "a"],
    ],
    ["a cycle among later nodes", ["p", "q", "r"], edges("q>r", "r>q"), ["q", "r", "q"]],
    ["a cycle found from a node not listed first", ["a", "b", "c"], edges("a>b", "c>c"), ["c", "c"]],
  ])("%s", (_name, nodes, dependsOn, expected) => {
    expect(findCycle(nodes, dependsOn)).toEqual(expected);
  });
});

describe("topologicalOrder", () => {
  it.each<[string, string[], Edges, string[]]>([
    ["no dependencies keeps the given order", ["c", "a", "b"], edges(), ["c", "a", "b"]],
    ["a dependency comes first", ["a", "b", "c"], edges("a>c"), ["b", "c", "a"]],
    ["a chain is reversed", ["a", "b", "c"], edges("a>b", "b>c"), ["c", "b", "a"]],
    ["a diamond, ties by position", ["a", "b", "c", "d"], edges("a>b c", "b>d", "c>d"), ["d", "b", "c", "a"]],
    ["a diamond listed the other way", ["d", "c", "b", "a"], edges("a>b c", "b>d", "c>d"), ["d", "c", "b", "a"]],
    ["a node that becomes ready goes before later ready nodes", ["x", "y", "z", "w"], edges("y>x"), ["x", "y", "z", "w"]],
    ["dependencies outside the nodes are ignored", ["a", "b"], edges("a>ghost", "b>a"), ["a", "b"]],
    ["a repeated dependency is waited for once", ["a", "b"], edges("a>b b"), ["b", "a"]],
  ])("%s", (_name, nodes, dependsOn, expected) => {
    expect(topologicalOrder(nodes, dependsOn)).toEqual(expected);
  });

  it.each<[string, string[], Edges]>([
    ["a self-dependency", ["a"], edges("a>a")],
    ["a two-node cycle", ["a", "b"], edges("a>b", "b>a")],
    ["a cycle behind a free node", ["free", "a", "b", "c"], edges("a>b", "b>c", "c>a")],
  ])("throws on %s", (_name, nodes, dependsOn) => {
    expect(() => topologicalOrder(nodes, dependsOn)).toThrow(/cycle/);
  });
});

/** Random acyclic graphs: a node may only depend on nodes of lower rank. */
function arbitraryDag(maxSize: number) {
  return fc.integer({ min: 1, max: maxSize }).chain((size) => {
    const ids = Array.from({ length: size }, (_, index) => `n${index}`);
    const permutation = fc.shuffledSubarray(ids, { minLength: size, maxLength: size });
    return fc
      .record({
        rank: permutation,
        nodes: permutation,
        pairs: fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)), { maxLength: 25 }),
      })
      .map(({ rank, nodes, pairs }) => {
        const dependsOn = new Map<string, string[]>(ids.map((id) => [id, []]));
        for (const [from, to] of pairs) {
          if (rank.indexOf(from) > rank.indexOf(to)) dependsOn.get(from)?.push(to);
        }
        return { nodes, dependsOn };
      });
  });
}

describe("graph properties", () => {
  it("orders every acyclic graph: a permutation, dependencies first, the same every time", () => {
    fc.assert(
      fc.property(arbitraryDag(10), ({ nodes, dependsOn }) => {
        expect(findCycle(nodes, dependsOn)).toBeUndefined();
        const order = topologicalOrder(nodes, dependsOn);
        expect([...order].sort()).toEqual([...nodes].sort());
        for (const [node, deps] of dependsOn) {
          for (const dep of deps) expect(order.indexOf(dep)).toBeLessThan(order.indexOf(node));
        }
        expect(topologicalOrder([...nodes], new Map(dependsOn))).toEqual(order);
      }),
      { numRuns: 300 },
    );
  });

  it("finds a real cycle once one is added, and ordering then throws", () => {
    fc.assert(
      fc.property(arbitraryDag(10), fc.integer({ min: 1, max: 4 }), ({ nodes, dependsOn }, length) => {
        const ring = nodes.slice(0, length);
        ring.forEach((node, index) => dependsOn.get(node)?.push(ring[(index + 1) % ring.length] ?? node));
        const cycle = findCycle(nodes, dependsOn);
        expect(cycle).toBeDefined();
        const path = cycle ?? [];
        expect(path[0]).toBe(path[path.length - 1]);
        for (let index = 0; index + 1 < path.length; index += 1) {
          expect(dependsOn.get(path[index] ?? "")).toContain(path[index + 1]);
        }
        expect(() => topologicalOrder(nodes, dependsOn)).toThrow(/cycle/);
      }),
      { numRuns: 300 },
    );
  });

  it("is the earliest order by position among all valid orders (checked by brute force)", () => {
    const permutations = (items: string[]): string[][] =>
      items.length <= 1
        ? [items]
        : items.flatMap((item, index) =>
            permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]),
          );
    fc.assert(
      fc.property(arbitraryDag(6), ({ nodes, dependsOn }) => {
        const valid = permutations(nodes).filter((order) =>
          order.every((node, index) => (dependsOn.get(node) ?? []).every((dep) => order.indexOf(dep) < index)),
        );
        const key = (order: string[]) => order.map((node) => String(nodes.indexOf(node)).padStart(2, "0")).join(",");
        const earliest = valid.reduce((best, order) => (key(order) < key(best) ? order : best));
        expect(topologicalOrder(nodes, dependsOn)).toEqual(earliest);
      }),
      { numRuns: 200 },
    );
  });
});
