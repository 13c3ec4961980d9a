/**
 * Reads a Chromium performance trace (devtools.timeline) into the page's long tasks: each
 * main-thread task over 50 ms after navigation, with how much of it was style, layout,
 * paint, garbage collection and script, and how many style-and-layout passes it held.
 */

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

export interface LongTask {
  /** Milliseconds after navigation. */
  start: number;
  duration: number;
  style: number;
  layout: number;
  paint: number;
  gc: number;
  script: number;
  /** Layout passes in the task: more than one or two means something keeps invalidating it. */
  layoutPasses: number;
}

const LONG_MS = 50;
const SCRIPT = new Set(["FunctionCall", "EvaluateScript", "v8.compile", "RunMicrotasks", "TimerFire", "EventDispatch"]);

/** The renderer main thread that did the most work: the page's own, not about:blank's. */
function busiestMainThread(events: readonly TraceEvent[]): { pid: number; tid: number } | undefined {
  const mains = events.filter((event) => event.name === "thread_name" && event.args?.name === "CrRendererMain");
  const busy = (thread: TraceEvent) =>
    events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.name === "RunTask").reduce((sum, e) => sum + (e.dur ?? 0), 0);
  const main = [...mains].sort((a, b) => busy(b) - busy(a))[0];
  return main ? { pid: main.pid, tid: main.tid } : undefined;
}

export function longTasks(trace: { traceEvents: readonly TraceEvent[] }): LongTask[] {
  const events = trace.traceEvents;
  const main = busiestMainThread(events);
  if (!main) return [];
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X");
  const navigation = events.filter((e) => e.name === "navigationStart" && e.pid === main.pid).pop();
  const origin = navigation?.ts ?? onMain[0]?.ts ?? 0;
  const tasks = onMain.filter((e) => e.name === "RunTask" && e.ts >= origin && (e.dur ?? 0) > LONG_MS * 1000);
  return tasks.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
    const ms = (names: readonly string[]) => inside.filter((e) => names.includes(e.name)).reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
    // Script at the top of the task only, so a call inside a call is not counted twice.
    const script = inside
      .filter(
        (e) =>
          SCRIPT.has(e.name) &&
          !inside.some(
            (outer) => outer !== e && SCRIPT.has(outer.name) && outer.ts <= e.ts && outer.ts + (outer.dur ?? 0) >= e.ts + (e.dur ?? 0),
          ),
      )
      .reduce((sum, e) => sum + (e.dur ?? 0), 0);
    return {
      start: (task.ts - origin) / 1000,
      duration: (task.dur ?? 0) / 1000,
      style: ms(["UpdateLayoutTree"]),
      layout: ms(["Layout"]),
      paint: ms(["Paint", "PrePaint"]),
      gc: ms(["MinorGC", "MajorGC"]),
      script: script / 1000,
      layoutPasses: inside.filter((e) => e.name === "Layout").length,
    };
  });
}

/** Time past 50 ms in each task, summed: what total blocking time counts. */
export function blockingMs(tasks: readonly LongTask[]): number {
  return tasks.reduce((sum, task) => sum + Math.max(0, task.duration - LONG_MS), 0);
}
