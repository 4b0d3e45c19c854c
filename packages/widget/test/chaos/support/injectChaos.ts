import { setTimeout as sleep } from 'node:timers/promises';
import type { Page, Route } from 'playwright-core';
import { mixSeed, seededRandom } from './seededRandom.ts';

/** How often the network fails, per request to the server's origin. */
export interface FaultRates {
  /** Dropped connections; half before the server sees the request, half after it answered. */
  abort: number;
  /** Answered `500` by something in between (a proxy), the server never reached. */
  serverError: number;
  /** Answered `429` with `Retry-After: 1` or `2`. */
  rateLimited: number;
  /** Every request first waits a uniform 0..this many ms. */
  maxLatencyMs: number;
}

/** The issue's numbers: 30% aborted, 10% 500s, 5% 429s with Retry-After, plus latency. */
export const ISSUE_RATES: FaultRates = {
  abort: 0.3,
  serverError: 0.1,
  rateLimited: 0.05,
  maxLatencyMs: 250,
};

/** What happened to one request. */
export type Fate = 'dropped-before' | 'dropped-after' | 'server-error' | 'rate-limited' | 'passed';

/** The chaos on one page. */
export interface ChaosNetwork {
  /** How many requests met each fate. */
  readonly fates: Record<Fate, number>;
  /** Requests that reached the interception at or after `time` (ms since 1970). */
  requestsSince(time: number): string[];
  /** The fates met so far by requests for `what` (`POST /v1/sessions`), in order. */
  fatesOf(what: string): Fate[];
  /** Waits until every request seen so far was answered, dropped or abandoned. */
  settle(): Promise<void>;
  /** Waits until no request has been in the works for `quietMs` (at most `limitMs`). */
  quiet(quietMs: number, limitMs: number): Promise<void>;
}

export interface ChaosOptions {
  serverUrl: string;
  /** The page's origin: answers made up here carry CORS headers for it, as the server's do. */
  pageOrigin: string;
  /** Each request's fate comes from (seed, method and path, how many came before it). */
  seed: number;
  rates: FaultRates;
  /**
   * A report's `2xx` from the server is about to reach the page: return
   * `'hold'` to keep it from the page (the trial interrupts at this moment),
   * `'deliver'` to let it through.
   */
  ackArriving(): 'hold' | 'deliver';
}

/** A count of each fate, all zero: what a trial starts from. */
export function noFates(): Record<Fate, number> {
  return {
    'dropped-before': 0,
    'dropped-after': 0,
    'server-error': 0,
    'rate-limited': 0,
    passed: 0,
  };
}

/**
 * Intercepts every request from `page` to the server and decides its fate.
 * "Dropped after" forwards the request and throws the answer away: the server
 * did the work and the page never hears, which is what idempotency keys are for.
 */
export async function injectChaos(page: Page, options: ChaosOptions): Promise<ChaosNetwork> {
  const { rates } = options;
  const fates = noFates();
  const seen = new Map<string, number>();
  const arrivals: Array<{ at: number; what: string }> = [];
  const decided: Array<{ what: string; fate: Fate }> = [];
  const meet = (what: string, fate: Fate) => {
    fates[fate] += 1;
    decided.push({ what, fate });
  };
  const pending = new Set<Promise<void>>();
  const cors = {
    'access-control-allow-origin': options.pageOrigin,
    'access-control-expose-headers': 'retry-after, idempotent-replayed',
    vary: 'Origin',
  };

  const decide = async (route: Route): Promise<void> => {
    const request = route.request();
    const url = new URL(request.url());
    const what = `${request.method()} ${url.pathname}`;
    arrivals.push({ at: Date.now(), what });
    const nth = seen.get(what) ?? 0;
    seen.set(what, nth + 1);
    const random = seededRandom(mixSeed(options.seed, what, nth));
    await sleep(Math.floor(random() * rates.maxLatencyMs));
    const roll = random();
    const streaming = (request.headers().accept ?? '').includes('text/event-stream');
    if (roll < rates.abort) {
      // An event stream never ends, so its answer cannot be awaited and dropped.
      if (random() < 0.5 || streaming) {
        meet(what, 'dropped-before');
        await route.abort('connectionreset');
      } else {
        meet(what, 'dropped-after');
        await route.fetch({ maxRedirects: 0 });
        await route.abort('connectionreset');
      }
      return;
    }
    if (roll < rates.abort + rates.serverError) {
      meet(what, 'server-error');
      await route.fulfill({
        status: 500,
        headers: { ...cors, 'content-type': 'application/json' },
        body: JSON.stringify({
          error: { code: 'internal', message: 'Injected by the chaos test' },
        }),
      });
      return;
    }
    if (roll < rates.abort + rates.serverError + rates.rateLimited) {
      meet(what, 'rate-limited');
      await route.fulfill({
        status: 429,
        headers: {
          ...cors,
          'content-type': 'application/json',
          'retry-after': String(1 + Math.floor(random() * 2)),
        },
        body: JSON.stringify({ error: { code: 'rate_limited', message: 'Injected: slow down' } }),
      });
      return;
    }
    meet(what, 'passed');
    if (request.method() === 'POST' && url.pathname === '/v1/reports') {
      const response = await route.fetch({ maxRedirects: 0 });
      if (response.ok() && options.ackArriving() === 'hold') return;
      await route.fulfill({ response });
      return;
    }
    await route.continue();
  };

  await page.route(`${options.serverUrl}/**`, (route) => {
    // The page may close or the browser die at any await above: that is the point.
    const done = decide(route).catch(() => {});
    pending.add(done);
    void done.finally(() => pending.delete(done));
    return done;
  });
  return {
    fates,
    requestsSince: (time) => arrivals.filter((a) => a.at >= time).map((a) => a.what),
    fatesOf: (what) => decided.filter((d) => d.what === what).map((d) => d.fate),
    async settle() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
    async quiet(quietMs, limitMs) {
      const end = Date.now() + limitMs;
      while (Date.now() < end) {
        const last = arrivals.at(-1)?.at ?? 0;
        if (pending.size === 0 && Date.now() - last >= quietMs) return;
        await sleep(50);
      }
    },
  };
}
