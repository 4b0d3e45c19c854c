import fc from 'fast-check';
import { bodyLimitOf, casesFor, describeCase } from './buildCases.ts';
import { checkOutcome } from './checkOutcome.ts';
import type { HealthMonitor } from './healthMonitor.ts';
import type { RouteSpec } from './routeCatalog.ts';
import { type FuzzCase, type Outcome, sendCase } from './sendCase.ts';
import { sendRaw } from './sendRaw.ts';
import { type FuzzRig, SECRET_MARKER, startFuzzRig } from './startFuzzRig.ts';

/** How one route's run went. */
export interface RouteResult {
  route: string;
  /** Cases actually run (fewer than asked when a time limit interrupted the run). */
  runs: number;
  ms: number;
  seed: number;
  interrupted: boolean;
  /** How many answers of each status (`stream`, `gave-up`, `cut` for the rest). */
  statuses: Record<string, number>;
  /** Null when every case passed. */
  failure: string | null;
}

export interface FuzzRouteOptions {
  runs: number;
  /** The run's seed; each route derives its own from it and its name. */
  seed: number;
  /** A counterexample path printed by an earlier failure, to replay just it. */
  path?: string;
  /** Stop after this long (the benchmark's budget); the cases run so far count. */
  timeLimitMs?: number;
  /** No answer within this long is a hang. */
  timeoutMs: number;
}

/** A route's own seed: the same run seed and name always give the same cases. */
export function routeSeed(seed: number, route: string): number {
  let hash = 5381;
  for (let i = 0; i < route.length; i += 1) hash = (hash * 33 + route.charCodeAt(i)) | 0;
  return (seed ^ hash) | 0;
}

/** Request line and headers, roughly as Node counts them against its 16 KiB cap. */
function headSize(fuzz: FuzzCase): number {
  if (fuzz.raw)
    return fuzz.raw.indexOf(0x0a) < 0
      ? fuzz.raw.length
      : fuzz.raw.length - (fuzz.body?.length ?? 0);
  return (
    fuzz.path.length + fuzz.headers.reduce((n, [k, v]) => n + k.length + v.length + 4, 0) + 200
  );
}

function label(outcome: Outcome): string {
  if (outcome.kind === 'answer') return String(outcome.status);
  if (outcome.kind === 'stream') return 'stream';
  if (outcome.kind === 'gaveUp') return 'gave-up';
  return outcome.kind === 'error' ? 'cut' : 'timeout';
}

/**
 * Fuzzes one route against a fresh server (real socket, real SQLite file):
 * `runs` generated requests over real HTTP, each checked
 * by the oracle (`checkOutcome`), for leaked secrets, and against the
 * process's health; then, for live streams, that every stream the cases
 * opened and abandoned was let go. The failure text names the seed and the
 * shrunk case, and how to replay it.
 */
export async function fuzzRoute(
  spec: RouteSpec,
  health: HealthMonitor,
  options: FuzzRouteOptions,
): Promise<RouteResult> {
  // A server of its own: the route's cases replay against the same state, and
  // what other routes wrote (thousands of tickets) does not slow this one down.
  const rig = await startFuzzRig();
  try {
    return await fuzzOn(rig, spec, health, options);
  } finally {
    await rig.close();
  }
}

async function fuzzOn(
  rig: FuzzRig,
  spec: RouteSpec,
  health: HealthMonitor,
  options: FuzzRouteOptions,
): Promise<RouteResult> {
  const fixtures = await rig.fixtures();
  const seed = routeSeed(options.seed, spec.route);
  const statuses: Record<string, number> = {};
  const limit = bodyLimitOf(spec);
  let last: { fuzz: FuzzCase; reason: string } | null = null;
  const property = fc.asyncProperty(casesFor(spec, fixtures), async (fuzz) => {
    const outcome = fuzz.raw
      ? await sendRaw(rig, fuzz.raw, options.timeoutMs, fuzz.method === 'HEAD')
      : await sendCase(rig, fuzz, options.timeoutMs);
    const key = label(outcome);
    statuses[key] = (statuses[key] ?? 0) + 1;
    const bodyBytes = fuzz.body?.byteLength ?? 0;
    let reason = checkOutcome(outcome, {
      unsupported: spec.unsupported ?? false,
      mayBeCut: fuzz.mayBeCut === true || fuzz.declaredLength !== undefined || bodyBytes > limit,
      head: fuzz.method === 'HEAD',
      oversizeHead: headSize(fuzz) > 12_000,
    });
    if (reason === null && outcome.kind === 'answer' && outcome.body.includes(SECRET_MARKER))
      reason = 'the answer contains a file from outside the console folder';
    const problems = health.take();
    if (reason === null && problems.length > 0)
      reason = `the server process reported trouble:\n${problems.join('\n')}`;
    if (reason !== null) {
      last = { fuzz, reason };
      throw new Error(reason);
    }
  });
  const started = performance.now();
  const details = await fc.check(property, {
    numRuns: options.runs,
    seed,
    ...(options.path ? { path: options.path } : {}),
    ...(options.timeLimitMs
      ? { interruptAfterTimeLimit: options.timeLimitMs, markInterruptAsFailure: false }
      : {}),
  });
  let failure: string | null = null;
  if (details.failed) {
    const found = last as { fuzz: FuzzCase; reason: string } | null;
    failure = [
      `${spec.route}: failed after ${details.numRuns} case(s) (${details.numShrinks} shrinks)`,
      `replay: DESTEK_FUZZ_SEED=${options.seed} DESTEK_FUZZ_ROUTE='${spec.route}' DESTEK_FUZZ_PATH='${details.counterexamplePath ?? ''}' (route seed ${details.seed})`,
      found ? `why: ${found.reason}` : `why: ${String(details.errorInstance)}`,
      found ? `case:\n  ${describeCase(found.fuzz)}` : '',
    ].join('\n');
  }
  if (failure === null && spec.stream) failure = await streamsLetGo(rig, spec.route);
  return {
    route: spec.route,
    runs: details.numRuns,
    ms: Math.round(performance.now() - started),
    seed,
    interrupted: details.interrupted,
    statuses,
    failure,
  };
}

/**
 * How long a stream may outlive its client: the longest long poll (30 s) plus
 * slack. A client that hung up while its request body was still unread is
 * only noticed at the next write (the 1 s heartbeat of the rig) or when the
 * poll ends; anything held longer is held for good.
 */
const LET_GO_MS = 35_000;

/** Streams and long polls whose clients left must be let go, not held forever. */
async function streamsLetGo(rig: FuzzRig, route: string): Promise<string | null> {
  const deadline = Date.now() + LET_GO_MS;
  while (rig.server.context.streams.size > 0 && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50));
  const left = rig.server.context.streams.size;
  return left === 0
    ? null
    : `${route}: ${left} stream(s) still held ${LET_GO_MS / 1000} s after their clients left`;
}
