// Long fuzz of every server route, run as a plain script (by `pnpm bench`):
//   node packages/server/bench/fuzz.bench.ts [--runs 100000] [--minutes 60] [--seed N] [--route NAME] [--parts 2]
// The harness of packages/server/test/fuzz*.test.ts (2,000 cases per route in CI), with far
// more cases. The routes are split over `--parts` processes (one per core), and the run is
// bounded by `--minutes`: each route may use an equal share of what its process has left, so
// the time a fast route does not need goes to the slower routes after it. A route that reaches
// its share stops there, and the figures say how many cases it actually ran.
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
    // Internal: which part this process runs ("<index>/<count>").
    part: { type: 'string' },
  },
});
const runs = Number(values.runs);
const seed = Number(values.seed);
const all = [...ROUTES, ELSEWHERE, WIRE].filter((spec) => spec.route.includes(values.route));

/** Fuzzes the routes of one part, one after the other; answers their results. */
async function runPart(index: number, count: number): Promise<RouteResult[]> {
  const specs = all.filter((_, i) => i % count === index);
  const deadline = performance.now() + Number(values.minutes) * 60_000;
  const health = watchHealth();
  const results: RouteResult[] = [];
  try {
    for (const [done, spec] of specs.entries()) {
      const shareMs = Math.max(1, deadline - performance.now()) / (specs.length - done);
      const result = await fuzzRoute(spec, health, {
        runs,
        seed,
        timeoutMs: 15_000,
        timeLimitMs: shareMs,
      });
      results.push(result);
      process.stderr.write(
        `  ${spec.route}: ${result.runs} cases in ${(result.ms / 1000).toFixed(1)} s${result.failure ? ' FAILED' : ''}\n`,
      );
      if (result.failure) process.stderr.write(`${result.failure}\n`);
    }
  } finally {
    health.stop();
    closeSockets();
  }
  return results;
}

/** Runs each part in its own process (a core each) and gathers their results. */
async function runParts(count: number): Promise<RouteResult[]> {
  const script = new URL(import.meta.url).pathname;
  const parts = Array.from(
    { length: count },
    (_, index) =>
      new Promise<RouteResult[]>((resolve, reject) => {
        const child = fork(
          script,
          [
            ...process.argv.slice(2).filter((a) => !a.startsWith('--part')),
            '--seed',
            String(seed),
            '--part',
            `${index}/${count}`,
          ],
          { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] },
        );
        let results: RouteResult[] | null = null;
        child.on('message', (message) => {
          results = message as RouteResult[];
        });
        child.on('exit', (code) =>
          results ? resolve(results) : reject(new Error(`fuzz part ${index} exited ${code}`)),
        );
      }),
  );
  return (await Promise.all(parts)).flat();
}

if (values.part !== undefined) {
  const [index = 0, count = 1] = values.part.split('/').map(Number);
  const results = await runPart(index, count);
  process.send?.(results);
  process.exit(0);
}

const count = Math.max(1, Number(values.parts));
process.stderr.write(
  `fuzz bench: ${all.length} routes in ${count} process(es), up to ${runs} cases each, ${values.minutes} min in all, seed ${seed}\n`,
);
const started = performance.now();
const results = count === 1 ? await runPart(0, 1) : await runParts(count);
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
