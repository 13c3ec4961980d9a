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

/** A binary min-heap of positions: the next ready node in O(log n), so ordering stays linearithmic. */
class PositionHeap {
  private readonly items: number[] = [];

  get size(): number {
    return this.items.length;
  }

  push(value: number): void {
    const items = this.items;
    items.push(value);
    let child = items.length - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      const [up, down] = [items[parent] ?? 0, items[child] ?? 0];
      if (up <= down) break;
      items[parent] = down;
      items[child] = up;
      child = parent;
    }
  }

  pop(): number | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    let parent = 0;
    for (;;) {
      const left = parent * 2 + 1;
      const right = left + 1;
      let smallest = parent;
      if (left < items.length && (items[left] ?? 0) < (items[smallest] ?? 0)) smallest = left;
      if (right < items.length && (items[right] ?? 0) < (items[smallest] ?? 0)) smallest = right;
      if (smallest === parent) return top;
      [items[parent], items[smallest]] = [items[smallest] ?? 0, items[parent] ?? 0];
      parent = smallest;
    }
  }
}

/**
 * Kahn's algorithm, choosing among ready nodes by their position in `nodes`, so the same
 * input always gives the same order. Dependencies outside `nodes` are ignored. Throws on a
 * cycle, which the content check rules out.
 */
export function topologicalOrder(nodes: readonly string[], dependsOn: Edges): string[] {
  const position = new Map(nodes.map((node, index) => [node, index]));
  const waitingOn = new Array<number>(nodes.length).fill(0);
  const dependents: number[][] = nodes.map(() => []);
  nodes.forEach((node, index) => {
    for (const dep of dependsOn.get(node) ?? []) {
      const at = position.get(dep);
      if (at === undefined) continue;
      waitingOn[index] = (waitingOn[index] ?? 0) + 1;
      dependents[at]?.push(index);
    }
  });
  const ready = new PositionHeap();
  waitingOn.forEach((count, index) => count === 0 && ready.push(index));
  const order: string[] = [];
  while (ready.size > 0) {
    const next = ready.pop();
    const node = next === undefined ? undefined : nodes[next];
    if (next === undefined || node === undefined) break;
    order.push(node);
    for (const dependent of dependents[next] ?? []) {
      const left = (waitingOn[dependent] ?? 0) - 1;
      waitingOn[dependent] = left;
      if (left === 0) ready.push(dependent);
    }
  }
  if (order.length !== nodes.length) throw new Error("Actions depend on each other in a cycle.");
  return order;
}
