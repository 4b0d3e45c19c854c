/**
 * Reads a Chromium trace (devtools.timeline, v8) and says where main-thread
 * time went: for every task of at least `minMs`, its largest parts by self
 * time (compile, evaluate, function calls per script, style, layout, GC).
 */

import { profileSamples, type Sample } from './profileSamples.ts';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    data?: { url?: string; functionName?: string; type?: string; frame?: string };
    beginData?: { url?: string };
    fileName?: string;
  };
}

export interface TaskSummary {
  /** ms from the first event of the page's main thread. */
  at: number;
  ms: number;
  /** Trace events by self time. */
  parts: Array<{ what: string; ms: number }>;
  /** Sampled JavaScript self time by script, then by function. */
  scripts: Array<{ what: string; ms: number }>;
  functions: Array<{ what: string; ms: number }>;
}

const short = (url: string | undefined): string =>
  url ? (url.split('/').pop() ?? url).replace(/\?.*$/, '') : '';

function labelOf(event: TraceEvent): string {
  const data = event.args?.data;
  const url = short(data?.url ?? event.args?.fileName ?? event.args?.beginData?.url);
  const fn = data?.functionName ? ` ${data.functionName}` : '';
  const type = data?.type ? ` ${data.type}` : '';
  return `${event.name}${type}${url ? ` ${url}` : ''}${fn}`;
}

/** Self time of each complete event on one thread, by label, inside [from, to] µs. */
function selfTimes(events: TraceEvent[], from: number, to: number): Map<string, number> {
  const inside = events
    .filter((e) => e.ts >= from && e.ts + (e.dur ?? 0) <= to && (e.dur ?? 0) > 0)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<TraceEvent, number>();
  const stack: TraceEvent[] = [];
  for (const event of inside) {
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top && top.ts + (top.dur ?? 0) <= event.ts) stack.pop();
      else break;
    }
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent, (self.get(parent) ?? 0) - (event.dur ?? 0));
    self.set(event, (self.get(event) ?? 0) + (event.dur ?? 0));
    stack.push(event);
  }
  const byLabel = new Map<string, number>();
  for (const [event, us] of self) {
    const label = labelOf(event);
    byLabel.set(label, (byLabel.get(label) ?? 0) + us);
  }
  return byLabel;
}

function bySample(samples: Sample[], key: (s: Sample) => string): Map<string, number> {
  const totals = new Map<string, number>();
  for (const sample of samples) totals.set(key(sample), (totals.get(key(sample)) ?? 0) + sample.us);
  return totals;
}

const top = (times: Map<string, number>, n: number) =>
  [...times]
    .filter(([, us]) => us >= 500)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([what, us]) => ({ what, ms: Math.round(us / 100) / 10 }));

/**
 * The page's main thread is the renderer thread that evaluated `marker`
 * (a script URL part); returns its long tasks and the whole run's top parts.
 */
export function summarizeTrace(
  traceEvents: TraceEvent[],
  marker: string,
  minMs = 50,
): {
  tasks: TaskSummary[];
  overall: Array<{ what: string; ms: number }>;
  overallScripts: Array<{ what: string; ms: number }>;
} {
  const owner = traceEvents.find(
    (e) =>
      (e.name === 'EvaluateScript' || e.name === 'v8.compile') &&
      (e.args?.data?.url ?? '').includes(marker),
  );
  if (!owner) return { tasks: [], overall: [], overallScripts: [] };
  const thread = traceEvents.filter(
    (e) => e.pid === owner.pid && e.tid === owner.tid && e.ph === 'X',
  );
  const start = Math.min(...thread.map((e) => e.ts));
  const end = Math.max(...thread.map((e) => e.ts + (e.dur ?? 0)));
  const samples = profileSamples(traceEvents as Parameters<typeof profileSamples>[0], owner.pid);
  let lastEnd = 0;
  const tasks = thread
    .filter(
      (e) =>
        (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
        (e.dur ?? 0) >= minMs * 1000,
    )
    .sort((a, b) => a.ts - b.ts)
    // A task nested in another (the scheduler wraps RunTask) is counted once.
    .filter((e) => {
      if (e.ts < lastEnd) return false;
      lastEnd = e.ts + (e.dur ?? 0);
      return true;
    })
    .map((task) => {
      const taskEnd = task.ts + (task.dur ?? 0);
      const inTask = samples.filter((x) => x.ts >= task.ts && x.ts <= taskEnd);
      return {
        at: Math.round((task.ts - start) / 1000),
        ms: Math.round((task.dur ?? 0) / 1000),
        parts: top(selfTimes(thread, task.ts, taskEnd), 8),
        scripts: top(
          bySample(inTask, (x) => x.url),
          5,
        ),
        functions: top(
          bySample(inTask, (x) => x.frame),
          6,
        ),
      };
    });
  return {
    tasks,
    overall: top(selfTimes(thread, start, end), 12),
    overallScripts: top(
      bySample(samples, (x) => x.url),
      10,
    ),
  };
}
