// Where a Chromium trace's CPU went: per process and thread, and per event name (self time), with
// the whole-browser total counted exactly as traceTotals in ./browser.ts counts it (thread time of
// each thread's outermost complete events, the tracer's own thread excepted).

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: Record<string, unknown>;
}

export interface TraceSplit {
  /** CPU ms of the whole browser (as traceTotals counts it). */
  cpu: number;
  /** CPU ms per `process/thread` (thread names without their trailing number). */
  threads: Record<string, number>;
  /** Self CPU ms per `thread: event` (the event's thread time less its children's). */
  events: Record<string, number>;
  /** How many times each of a few frame-pipeline events occurred. */
  counts: Record<string, number>;
  /** The Layout events' `beginData` and `endData` arguments, as Chromium wrote them. */
  layouts: unknown[];
}

/** Events counted per step: frames begun and drawn, paints, raster tasks, layouts. */
export const COUNTED = [
  'BeginFrame',
  'BeginMainThreadFrame',
  'DrawFrame',
  'Commit',
  'Paint',
  'RasterTask',
  'Layout',
  'UpdateLayoutTree',
] as const;

/** `CompositorTileWorker2` → `CompositorTileWorker`: workers of a pool counted together. */
const threadKind = (name: string) => name.replace(/\d+$/, '') || 'unnamed';

/** A task's source (RunTask's `src_func`), so that generic task names say what ran. */
function eventName(event: TraceEvent): string {
  const source = event.args?.src_func ?? (event.args?.data as { src_func?: unknown })?.src_func;
  return typeof source === 'string' ? `${event.name} (${source})` : event.name;
}

/** The split of a trace (Browser.stopTracing's buffer). */
export function traceSplit(trace: Buffer): TraceSplit {
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  const processNames = new Map<number, string>();
  const threadNames = new Map<string, string>();
  for (const event of traceEvents) {
    if (event.ph !== 'M') continue;
    const name = typeof event.args?.name === 'string' ? event.args.name : '';
    if (event.name === 'process_name') processNames.set(event.pid, name);
    if (event.name === 'thread_name') threadNames.set(`${event.pid}:${event.tid}`, name);
  }
  const labelOf = (event: TraceEvent) =>
    `${processNames.get(event.pid) ?? `pid ${event.pid}`}/${threadKind(threadNames.get(`${event.pid}:${event.tid}`) ?? '')}`;

  const counts: Record<string, number> = Object.fromEntries(COUNTED.map((name) => [name, 0]));
  const layouts: unknown[] = [];
  const byThread = new Map<string, TraceEvent[]>();
  for (const event of traceEvents) {
    if (event.ph !== 'X') continue;
    if (event.name in counts) counts[event.name] = (counts[event.name] ?? 0) + 1;
    if (event.name === 'Layout') layouts.push(event.args);
    if (event.tdur === undefined) continue;
    const thread = `${event.pid}:${event.tid}`;
    if (threadNames.get(thread) === 'PerfettoTrace') continue;
    const list = byThread.get(thread) ?? [];
    list.push(event);
    byThread.set(thread, list);
  }

  const threads: Record<string, number> = {};
  const events: Record<string, number> = {};
  let cpu = 0;
  const add = (record: Record<string, number>, key: string, ms: number) => {
    record[key] = (record[key] ?? 0) + ms;
  };
  for (const list of byThread.values()) {
    // Outer events first when two start together, so the stack nests them right.
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const label = labelOf(list[0] as TraceEvent);
    // Open events with their thread time not yet claimed by a child.
    const stack: { event: TraceEvent; end: number; self: number }[] = [];
    const close = (upTo: number) => {
      while (stack.length > 0 && (stack[stack.length - 1] as { end: number }).end <= upTo) {
        const done = stack.pop() as { event: TraceEvent; self: number };
        add(events, `${label}: ${eventName(done.event)}`, Math.max(0, done.self) / 1000);
      }
    };
    for (const event of list) {
      close(event.ts);
      const end = event.ts + (event.dur ?? 0);
      const parent = stack[stack.length - 1];
      if (parent) {
        parent.self -= event.tdur ?? 0;
      } else {
        cpu += (event.tdur ?? 0) / 1000;
        add(threads, label, (event.tdur ?? 0) / 1000);
      }
      stack.push({ event, end, self: event.tdur ?? 0 });
    }
    close(Number.POSITIVE_INFINITY);
  }
  return { cpu, threads, events, counts, layouts };
}

/** Each number of a record divided by `by`, the largest first, the smallest dropped past `keep`. */
export function perStep(record: Record<string, number>, by: number, keep = Infinity) {
  return Object.fromEntries(
    Object.entries(record)
      .map(([key, value]): [string, number] => [key, value / by])
      .sort((a, b) => b[1] - a[1])
      .slice(0, keep),
  );
}
