/**
 * Dependency graphs of actions: cycle finding and a stable topological order.
 */

export type Edges = ReadonlyMap<string, readonly string[]>;

/** The first cycle found, as a path that starts and ends on the same id; undefined if none. */
export function findCycle(nodes: readonly string[], dependsOn: Edges): string[] | undefined {
  const state = new Map<string, "visiting" | "done">();
  const path: string[] = [];
  const visit = (node: string): string[] | undefined => {
    const seen = state.get(node);
    if (seen === "done") return undefined;
    if (seen === "visiting") return [...path.slice(path.indexOf(node)), node];
    state.set(node, "visiting");
    path.push(node);
    for (const next of dependsOn.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, "done");
    return undefined;
  };
  for (const node of nodes) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

/**
 * Kahn's algorithm, choosing among ready nodes by their position in `nodes`, so the same
 * input always gives the same order. Dependencies outside `nodes` are ignored. Throws on a
 * cycle, which the content check rules out.
 */
export function topologicalOrder(nodes: readonly string[], dependsOn: Edges): string[] {
  const members = new Set(nodes);
  const position = new Map(nodes.map((node, index) => [node, index]));
  const waitingOn = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  for (const node of nodes) {
    const deps = (dependsOn.get(node) ?? []).filter((dep) => members.has(dep));
    waitingOn.set(node, deps.length);
    for (const dep of deps) dependents.set(dep, [...(dependents.get(dep) ?? []), node]);
  }
  const ready = nodes.filter((node) => waitingOn.get(node) === 0);
  const order: string[] = [];
  while (ready.length > 0) {
    ready.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
    const next = ready.shift();
    if (next === undefined) break;
    order.push(next);
    for (const dependent of dependents.get(next) ?? []) {
      const left = (waitingOn.get(dependent) ?? 0) - 1;
      waitingOn.set(dependent, left);
      if (left === 0) ready.push(dependent);
    }
  }
  if (order.length !== nodes.length) throw new Error("Actions depend on each other in a cycle.");
  return order;
}
