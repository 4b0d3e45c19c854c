/**
 * What the script-tag widget costs its host page, in headless Chromium, at
 * normal speed and with the CPU slowed 4×. A plain script:
 * `node packages/widget/bench/hostCost.bench.ts` (Node 24 strips the types).
 *
 * An article page (text and SVG figures, served on 127.0.0.1) loads without
 * the widget (`plain`), with it and its idle-time panel preload (`warm`), and
 * with it while idle callbacks never run (`cold`: the first click loads and
 * mounts the panel). Each run uses a fresh browser context (empty cache).
 * Measured: script execution (CDP Performance.getMetrics ScriptDuration),
 * long tasks and layout shifts (buffered PerformanceObservers added before
 * any page script), and the time from the launcher click to the home screen
 * and from "Report a problem" to the Summary field, each to the first
 * animation frame where it is visible (time stamps of the trusted clicks).
 * One traced run per speed says where the long tasks' time went.
 * Progress goes to stderr; the last stdout line is one JSON object.
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { launchChromium } from '../test/e2e/support/launchChromium.ts';
import { SITE_KEY, startReferenceServer } from '../test/e2e/support/startReferenceServer.ts';
import { type BenchWindow, clickUntil, withBenchPage } from './benchPage.ts';
import { serveHostPage } from './hostPage.ts';
import { type HostCostRun, measureHostCost } from './measureHostCost.ts';
import { servedWidget } from './servedWidget.ts';
import { stats } from './stats.ts';
import { summarizeTrace } from './summarizeTrace.ts';

const RUNS = Number(process.env.DESTEK_HOSTCOST_RUNS ?? 7);
const RATES = [1, 4] as const;
const root = resolve(import.meta.dirname, '../../..');
const log = (message: string) => process.stderr.write(`hostCost: ${message}\n`);

// Built when stale, served from a private copy (see servedWidget).
const served = servedWidget(root, log);

let tag = '';
const page = await serveHostPage(served.dir, () => tag);
const backend = await startReferenceServer([page.origin]);
tag = `<script async src="/widget/destek.js" data-server="${backend.url}" data-site-key="${SITE_KEY}"></script>`;
const browser = await launchChromium();

type Mode = 'plain' | 'warm' | 'cold';
/** A run, with the open's two clicks named. */
type Run = Omit<HostCostRun, 'opens'> & { home?: number; step1?: number };

async function measure(mode: Mode, rate: number): Promise<Run> {
  const { opens, ...run } = await measureHostCost(browser, page.origin, rate, {
    path: mode === 'plain' ? '/plain' : '/',
    probe: { suppressIdle: mode === 'cold' },
    widget: mode !== 'plain',
    waitForPanel: mode === 'warm',
    clicks: [
      { target: 'launcher', what: 'home' },
      { target: 'report', what: 'step1' },
    ],
  });
  return opens ? { ...run, home: opens[0] ?? -1, step1: opens[1] ?? -1 } : run;
}

/** One traced cold run: the long tasks of start-up and of the first open, broken down. */
async function diagnose(rate: number) {
  return withBenchPage(browser, rate, { suppressIdle: true }, async (p) => {
    await browser.startTracing(p, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8',
        'v8.execute',
        'disabled-by-default-v8.compile',
        'disabled-by-default-v8.cpu_profiler',
        'blink',
        'loading',
      ],
    });
    await p.goto(`${page.origin}/`, { waitUntil: 'load' });
    await p.evaluate(() => (window as unknown as BenchWindow).__bench.centre('launcher'));
    await p.evaluate(() => (window as unknown as BenchWindow).__bench.settle(false));
    await clickUntil(p, 'launcher', 'home');
    await clickUntil(p, 'report', 'step1');
    await p.waitForTimeout(300);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    return summarizeTrace(trace.traceEvents, '/widget/destek', 30);
  });
}

const runs: Record<string, Run[]> = {};
const started = Date.now();
log(
  `load average before the runs: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
for (let i = 0; i < RUNS; i++) {
  for (const rate of RATES) {
    for (const mode of ['plain', 'warm', 'cold'] as const) {
      const key = `${mode}@${rate}x`;
      const list = runs[key] ?? [];
      const run = await measure(mode, rate);
      log(`${key}: ${JSON.stringify(run)}`);
      list.push(run);
      runs[key] = list;
    }
  }
  log(`round ${i + 1}/${RUNS} done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

const diagnosis: Record<string, Awaited<ReturnType<typeof diagnose>>> = {};
for (const rate of RATES) diagnosis[`${rate}x`] = await diagnose(rate);

await browser.close();
await backend.stop();
page.server.close();
served.remove();

const pick = (key: string, f: (r: Run) => number | undefined) =>
  (runs[key] ?? []).map(f).filter((v): v is number => v !== undefined);
const longest = (list: number[]) => Math.round(Math.max(0, ...list));

// The machine's load says how far to trust the figures: other work shares the cores.
const figures: Record<string, unknown> = {
  runsPerScenario: RUNS,
  loadAverage1m: Math.round((loadavg()[0] ?? 0) * 10) / 10,
};
for (const rate of RATES) {
  const [plain, warm, cold] = (['plain', 'warm', 'cold'] as const).map((m) => `${m}@${rate}x`) as [
    string,
    string,
    string,
  ];
  const s = (key: string, f: (r: Run) => number | undefined) => stats(pick(key, f));
  const base = s(plain, (r) => r.script).median;
  const totals = (key: string) => pick(key, (r) => (r.home ?? 0) + (r.step1 ?? 0));
  figures[`cpu${rate}x`] = {
    scriptMs: {
      withoutWidget: s(plain, (r) => r.script),
      // Cold runs never preload the panel: the first script's own cost.
      firstScript: s(cold, (r) => r.script),
      withIdlePreload: s(warm, (r) => r.script),
      addedByFirstScript: Math.round((s(cold, (r) => r.script).median - base) * 10) / 10,
      addedWithIdlePreload: Math.round((s(warm, (r) => r.script).median - base) * 10) / 10,
      onColdOpen: s(cold, (r) => r.scriptOnOpen),
      onWarmOpen: s(warm, (r) => r.scriptOnOpen),
    },
    // All main-thread work (script, style, layout, paint) up to the settled page.
    mainThreadMsAdded: {
      firstScript:
        Math.round((s(cold, (r) => r.task).median - s(plain, (r) => r.task).median) * 10) / 10,
      withIdlePreload:
        Math.round((s(warm, (r) => r.task).median - s(plain, (r) => r.task).median) * 10) / 10,
    },
    longTasks: {
      withoutWidget: {
        count: s(plain, (r) => r.longTasks.length).median,
        longestMs: longest(pick(plain, (r) => Math.max(0, ...r.longTasks))),
      },
      firstScript: {
        count: s(cold, (r) => r.longTasks.length).median,
        longestMs: longest(pick(cold, (r) => Math.max(0, ...r.longTasks))),
      },
      withIdlePreload: {
        count: s(warm, (r) => r.longTasks.length).median,
        longestMs: longest(pick(warm, (r) => Math.max(0, ...r.longTasks))),
      },
      onColdOpen: {
        count: s(cold, (r) => r.openLongTasks?.length).median,
        longestMs: longest(pick(cold, (r) => Math.max(0, ...(r.openLongTasks ?? [])))),
      },
      onWarmOpen: {
        count: s(warm, (r) => r.openLongTasks?.length).median,
        longestMs: longest(pick(warm, (r) => Math.max(0, ...(r.openLongTasks ?? [])))),
      },
    },
    layoutShift: {
      withoutWidget: Math.max(...pick(plain, (r) => r.shift)),
      withWidget: Math.max(...pick(warm, (r) => r.shift), ...pick(cold, (r) => r.shift)),
    },
    coldOpenMs: {
      home: s(cold, (r) => r.home),
      step1: s(cold, (r) => r.step1),
      total: stats(totals(cold)),
    },
    warmOpenMs: {
      home: s(warm, (r) => r.home),
      step1: s(warm, (r) => r.step1),
      total: stats(totals(warm)),
    },
  };
}
const at4 = figures.cpu4x as {
  longTasks: Record<string, { count: number }>;
  layoutShift: { withWidget: number };
  coldOpenMs: { total: { median: number } };
};
figures.budgets = {
  noLongTasksAt4x: Object.entries(at4.longTasks).every(
    ([k, v]) => k === 'withoutWidget' || v.count === 0,
  ),
  zeroLayoutShift: at4.layoutShift.withWidget === 0,
  coldOpenWithin150msAt4x: at4.coldOpenMs.total.median <= 150,
};
log(
  `where the time went (one traced cold run per speed, tasks >= 30 ms):\n${JSON.stringify(diagnosis, null, 1)}`,
);
log(`all runs: ${JSON.stringify(runs)}`);
// The traced run's long tasks with widget code in them, by script (sampled JS self time).
figures.tracedLongTasks4x = (diagnosis['4x']?.tasks ?? [])
  .filter((t) => t.ms >= 50 && t.scripts.some((x) => x.what.startsWith('destek')))
  .map((t) => `${t.ms} ms at ${t.at} ms: ${t.scripts.map((x) => `${x.what} ${x.ms}`).join(', ')}`);
process.stdout.write(`${JSON.stringify(figures)}\n`);
