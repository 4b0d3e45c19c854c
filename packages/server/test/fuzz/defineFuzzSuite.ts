import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzRoute } from './fuzzRoute.ts';
import { type HealthMonitor, watchHealth } from './healthMonitor.ts';
import type { RouteSpec } from './routeCatalog.ts';
import { closeSockets } from './sendCase.ts';

// Settings, from the environment (docs/server.md, "Fuzzing"):
//   DESTEK_FUZZ_RUNS   cases per route (default 2000)
//   DESTEK_FUZZ_SEED   the run's seed (default: random, printed)
//   DESTEK_FUZZ_ROUTE  only routes whose name contains this, e.g. 'POST /v1/reports'
//   DESTEK_FUZZ_PATH   with the two above, replays one printed counterexample
const RUNS = Number(process.env.DESTEK_FUZZ_RUNS ?? 2000);
const SEED = Number(process.env.DESTEK_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const ONLY = process.env.DESTEK_FUZZ_ROUTE;
const PATH = process.env.DESTEK_FUZZ_PATH;
// A loaded 2-core machine can take seconds over one request; a hang is far longer.
const HANG_MS = 15_000;

/**
 * One vitest suite fuzzing `specs`, one test per route, each against its own
 * fresh server. The route list is split over two files so that vitest runs
 * them side by side, one per core.
 */
export function defineFuzzSuite(title: string, specs: readonly RouteSpec[]): void {
  let health: HealthMonitor;

  beforeAll(() => {
    console.log(`fuzz: ${RUNS} case(s) per route, seed ${SEED} (DESTEK_FUZZ_SEED=${SEED} replays)`);
    health = watchHealth();
  });

  afterAll(() => {
    health?.stop();
    closeSockets();
  });

  describe(`${title} hold up under fuzzing`, () => {
    for (const spec of specs.filter((s) => !ONLY || s.route.includes(ONLY))) {
      // The timeout is generous for a loaded machine; a route takes seconds on a quiet one.
      it(`${spec.route}: no 5xx, no hang, no crash; every refusal a 4xx with a stable code`, async () => {
        const result = await fuzzRoute(spec, health, {
          runs: RUNS,
          seed: SEED,
          timeoutMs: HANG_MS,
          ...(PATH ? { path: PATH } : {}),
        });
        expect(result.failure).toBeNull();
        if (PATH) return; // a replay runs the one case
        expect(result.runs).toBe(RUNS);
        // A route whose cases were all refused would test the refusals only.
        if (RUNS >= 500 && !spec.cases)
          expect(Object.keys(result.statuses).some((status) => /^2/.test(status))).toBe(true);
      }, 600_000);
    }

    it('saw nothing wrong in the process after the last case', () => {
      expect(health.take()).toEqual([]);
    });
  });
}
