/**
 * The V8 sampling profile inside a Chromium trace
 * (`disabled-by-default-v8.cpu_profiler`), as timed samples on the trace's
 * clock, so JavaScript time inside one task can be put down to a script and
 * a function (minified names, with line:column to look up).
 */

// Fields are left out of trace profiles when empty.
interface CallFrame {
  functionName?: string;
  url?: string;
  lineNumber?: number;
  columnNumber?: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  parent?: number;
}
interface ProfileEvent {
  name: string;
  pid: number;
  id?: string;
  args?: {
    data?: {
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

/** One sample: when (µs, trace clock), for how long, and the frame it hit. */
export interface Sample {
  ts: number;
  us: number;
  frame: string;
  url: string;
}

const short = (url = '') => (url.split('/').pop() ?? url) || '(native)';

/** The samples of the profile taken in process `pid`. */
export function profileSamples(events: ProfileEvent[], pid: number): Sample[] {
  const mine = events.filter(
    (e) => e.pid === pid && (e.name === 'Profile' || e.name === 'ProfileChunk'),
  );
  const nodes = new Map<number, CallFrame>();
  const samples: Sample[] = [];
  const start = mine.find((e) => e.name === 'Profile');
  let ts = start?.args?.data?.startTime ?? 0;
  for (const chunk of mine) {
    if (chunk.name !== 'ProfileChunk' || chunk.id !== start?.id) continue;
    const data = chunk.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node.callFrame);
    const ids = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    ids.forEach((id, i) => {
      ts += deltas[i] ?? 0;
      const frame = nodes.get(id);
      if (!frame) return;
      const at = frame.url
        ? ` ${short(frame.url)}:${(frame.lineNumber ?? 0) + 1}:${(frame.columnNumber ?? 0) + 1}`
        : '';
      samples.push({
        ts,
        us: deltas[i + 1] ?? 0,
        frame: `${frame.functionName || '(anonymous)'}${at}`,
        url: short(frame.url),
      });
    });
  }
  return samples;
}
