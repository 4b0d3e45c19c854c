/**
 * One host-cost run: load a page of the host-page server, let it settle,
 * read what its scripts cost (CDP ScriptDuration and TaskDuration, long
 * tasks, layout shifts), then open the widget with real clicks and time each
 * step to the first frame where it is usable. Shared by the host-cost and
 * peers benchmarks, so Destek and its peers are measured by the same code.
 */
import type { Browser, Page } from 'playwright-core';
import { type BenchWindow, cdpMetrics, clickUntil, readProbe, withBenchPage } from './benchPage.ts';
import type { ProbeOptions } from './installProbe.ts';

/** Marks a recorded request that would leave the machine. */
export const OUTSIDE = 'outside the machine';

export interface HostCostScenario {
  /** Path and query on the host-page server (`/plain`, `/`, `/?peer=sentry`). */
  path: string;
  probe: ProbeOptions;
  /** False for the page without a widget: nothing to wait for or click. */
  widget: boolean;
  /** Settling waits for the panel to be mounted (Destek's idle-time preload). */
  waitForPanel: boolean;
  /** The clicks of the first open, each timed until its screen is usable. */
  clicks: Array<{ target: 'launcher' | 'report'; what: 'home' | 'step1' | 'dialog' }>;
}

export interface HostCostRun {
  scriptAtLoad: number;
  script: number;
  task: number;
  longTasks: number[];
  shift: number;
  /** ms from each click to its screen being usable, in order. */
  opens?: number[];
  scriptOnOpen?: number;
  openLongTasks?: number[];
  /** Paths of the script and API requests made before settling, and during the open. */
  requestsAtLoad: string[];
  requestsOnOpen?: string[];
}

/**
 * Requests other than the page itself and its figures: script paths on the
 * page's origin, `METHOD path (api)` for the widget's server or a peer's sink
 * (all on 127.0.0.1), and the whole URL of anything that would leave the machine.
 */
function recordRequests(p: Page, origin: string): { take(): string[] } {
  let seen: string[] = [];
  p.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1') {
      seen.push(`${request.method()} ${url.href} (${OUTSIDE})`);
    } else if (url.origin !== origin) {
      seen.push(`${request.method()} ${url.pathname} (api)`);
    } else if (url.pathname.startsWith('/widget/')) {
      seen.push(url.pathname);
    }
  });
  return {
    take() {
      const taken = seen;
      seen = [];
      return taken;
    },
  };
}

export function measureHostCost(
  browser: Browser,
  origin: string,
  rate: number,
  scenario: HostCostScenario,
): Promise<HostCostRun> {
  return withBenchPage(browser, rate, scenario.probe, async (p, cdp) => {
    const requests = recordRequests(p, origin);
    await p.goto(`${origin}${scenario.path}`, { waitUntil: 'load' });
    const atLoad = await cdpMetrics(cdp);
    if (scenario.widget)
      await p.evaluate(() => (window as unknown as BenchWindow).__bench.centre('launcher'));
    await p.evaluate(
      (panel) => (window as unknown as BenchWindow).__bench.settle(panel),
      scenario.waitForPanel,
    );
    const settled = await cdpMetrics(cdp);
    const before = await readProbe(p);
    const result: HostCostRun = {
      scriptAtLoad: atLoad.ScriptDuration ?? 0,
      script: settled.ScriptDuration ?? 0,
      task: settled.TaskDuration ?? 0,
      longTasks: before.longTasks.map((t) => t.duration),
      shift: before.shifts.reduce((sum, s) => sum + s.value, 0),
      requestsAtLoad: requests.take(),
    };
    if (!scenario.widget) return result;
    result.opens = [];
    for (const { target, what } of scenario.clicks)
      result.opens.push(await clickUntil(p, target, what));
    const after = await readProbe(p);
    result.scriptOnOpen = ((await cdpMetrics(cdp)).ScriptDuration ?? 0) - result.script;
    result.openLongTasks = after.longTasks.slice(before.longTasks.length).map((t) => t.duration);
    result.requestsOnOpen = requests.take();
    // Shifts after the clicks have hadRecentInput set; the page's own count is what matters.
    result.shift = after.shifts
      .filter((s) => !s.hadRecentInput)
      .reduce((sum, s) => sum + s.value, 0);
    return result;
  });
}
