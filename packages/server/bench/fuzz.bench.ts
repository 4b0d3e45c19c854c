// Long fuzz of every server route, run as a plain script (by `pnpm bench`):
//   node packages/server/bench/fuzz.bench.ts [--runs 100000] [--minutes 60] [--seed N] [--route NAME] [--parts 2]
// The harness of packages/server/test/fuzz*.test.ts (2,000 cases per route in CI), with far
// more cases. `--parts` worker processes (one per core) take the routes from one queue, and
// the run is bounded by `--minutes`: each route may use an equal share of what is left, so the
// time a fast route does not need goes to the slower routes after it. A route that reaches its
// share stops there, and the figures say how many cases it actually ran.
// Prints one JSON object (the last line): cases per route, time, answers by status, failures.
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { fuzzRoute, type RouteResult } from '../test/fuzz/fuzzRoute.ts';
import { watchHealth } from '../test/fuzz/healthMonitor.ts';
import { ELSEWHERE, ROUTES, WIRE } from '../test/fuzz/routeCatalog.ts';
import { closeSockets } from '../test/fuzz/sendCase.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: process.env.DESTEK_FUZZ_RUNS ?? '100000' },
    minutes: { type: 'string', default: process.env.DESTEK_FUZZ_MINUTES ?? '60' },
    seed: {
      type: 'string',
      default: process.env.DESTEK_FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31)),
    },
    route: { type: 'string', default: process.env.DESTEK_FUZZ_ROUTE ?? '' },
    parts: { type: 'string', default: String(Math.min(2, availableParallelism())) },
    // Internal: this process is a worker, fuzzing the routes its parent hands it.
    worker: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const seed = Number(values.seed);
const all = [...ROUTES, ELSEWHERE, WIRE].filter((spec) => spec.route.includes(values.route));

/** A route handed to a worker: its index in `all` and how long it may run. */
interface Assignment {
  index: number;
  shareMs: number;
}

/**
 * Hands out routes one at a time, the next to whichever process is free (so
 * none waits idle while another still has slow routes), each with an equal
 * share of what is left: the remaining time, times the processes, over the
 * routes not yet started. Time a fast route does not need goes to the rest.
 */
function createQueue(processes: number, minutes: number) {
  const deadline = performance.now() + minutes * 60_000;
  let next = 0;
  return {
    take(): Assignment | null {
      if (next >= all.length) return null;
      const left = all.length - next;
      const shareMs =
        (Math.max(1, deadline - performance.now()) * Math.min(processes, left)) / left;
      return { index: next++, shareMs };
    },
  };
}

/** Fuzzes one route in this process and says how it went on stderr. */
async function fuzzOne(
  { index, shareMs }: Assignment,
  health: ReturnType<typeof watchHealth>,
): Promise<RouteResult> {
  const spec = all[index];
  if (!spec) throw new Error(`no route ${index}`);
  const result = await fuzzRoute(spec, health, {
    runs,
    seed,
    timeoutMs: 15_000,
    timeLimitMs: shareMs,
  });
  process.stderr.write(
    `  ${spec.route}: ${result.runs} cases in ${(result.ms / 1000).toFixed(1)} s${result.failure ? ' FAILED' : ''}\n`,
  );
  if (result.failure) process.stderr.write(`${result.failure}\n`);
  return result;
}

/** A worker process: asks the parent for a route, fuzzes it, answers, until none is left. */
async function runWorker(): Promise<void> {
  const health = watchHealth();
  const assignments = new Map<number, (a: Assignment | null) => void>();
  let asked = 0;
  process.on('message', (message: { ask: number; assignment: Assignment | null }) => {
    assignments.get(message.ask)?.(message.assignment);
  });
  const ask = () =>
    new Promise<Assignment | null>((resolve) => {
      const id = asked++;
      assignments.set(id, resolve);
      process.send?.({ ask: id });
    });
  try {
    for (let assignment = await ask(); assignment; assignment = await ask()) {
      process.send?.({ result: await fuzzOne(assignment, health) });
    }
  } finally {
    health.stop();
    closeSockets();
  }
}

/** Runs `count` worker processes (a core each) over one queue and gathers their results. */
function runWorkers(count: number): Promise<RouteResult[]> {
  const script = new URL(import.meta.url).pathname;
  const queue = createQueue(count, Number(values.minutes));
  const results: RouteResult[] = [];
  const workers = Array.from(
    { length: count },
    () =>
      new Promise<void>((resolve, reject) => {
        const child = fork(
          script,
          [
            ...process.argv.slice(2).filter((a) => a !== '--worker'),
            '--seed',
            String(seed),
            '--worker',
          ],
          { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] },
        );
        child.on('message', (message: { ask?: number; result?: RouteResult }) => {
          if (message.result) results.push(message.result);
          if (message.ask !== undefined) child.send({ ask: message.ask, assignment: queue.take() });
        });
        child.on('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`fuzz worker exited ${code}`)),
        );
      }),
  );
  return Promise.all(workers).then(() => results);
}

if (values.worker) {
  await runWorker();
  process.exit(0);
}

const count = Math.max(1, Number(values.parts));
process.stderr.write(
  `fuzz bench: ${all.length} routes in ${count} process(es), up to ${runs} cases each, ${values.minutes} min in all, seed ${seed}\n`,
);
const started = performance.now();
const results = await runWorkers(count);
const seconds = (performance.now() - started) / 1000;

const failures = results.filter((r) => r.failure !== null);
const totalCases = results.reduce((n, r) => n + r.runs, 0);
const perRoute: Record<string, { cases: number; seconds: number; statuses: string }> = {};
for (const r of [...results].sort((a, b) => a.route.localeCompare(b.route))) {
  perRoute[r.route] = {
    cases: r.runs,
    seconds: Math.round(r.ms / 100) / 10,
    statuses: Object.entries(r.statuses)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([status, n]) => `${status}×${n}`)
      .join(' '),
  };
}
const figures = {
  seed,
  routes: results.length,
  processes: count,
  casesAskedPerRoute: runs,
  casesTotal: totalCases,
  casesPerRouteMin: Math.min(...results.map((r) => r.runs)),
  casesPerRouteMax: Math.max(...results.map((r) => r.runs)),
  reachedAsked: results.every((r) => r.runs >= runs),
  seconds: Math.round(seconds),
  casesPerSecond: Math.round(totalCases / seconds),
  failures: failures.map((r) => r.route),
  perRoute,
};
console.log(JSON.stringify(figures));
process.exit(failures.length > 0 ? 1 : 0);
