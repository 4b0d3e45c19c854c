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
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../test/e2e/support/launchChromium.ts';
import { SITE_KEY, startReferenceServer } from '../test/e2e/support/startReferenceServer.ts';
import { serveHostPage } from './hostPage.ts';
import { installProbe, type Probe } from './installProbe.ts';
import { stats } from './stats.ts';
import { summarizeTrace } from './summarizeTrace.ts';

const RUNS = Number(process.env.DESTEK_HOSTCOST_RUNS ?? 7);
const RATES = [1, 4] as const;
const root = resolve(import.meta.dirname, '../../..');
const widgetDir = join(root, 'packages/widget/dist/script');
const log = (message: string) => process.stderr.write(`hostCost: ${message}\n`);

/** Newest modification time under `dir` (ms), 0 when missing. */
function newest(dir: string): number {
  let latest = 0;
  try {
    for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (entry.isFile())
        latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  } catch {
    // A missing folder counts as never built.
  }
  return latest;
}

// Build the script-tag files only when some source is newer than them, so a
// fresh build is measured without rebuilding under other work every time.
const sources = ['widget', 'core', 'screenshot', 'adapter-http', 'protocol'].map((p) =>
  newest(join(root, 'packages', p, 'src')),
);
if (newest(widgetDir) < Math.max(...sources)) {
  log('building the widget (dist is older than src)');
  const built = spawnSync(process.execPath, [join(root, 'packages/widget/build.mjs')], {
    cwd: root,
    stdio: ['ignore', 2, 2],
  });
  if (built.status !== 0) throw new Error('widget build failed');
}

// Serve a copy: another build of dist/ during the run would swap the chunks'
// hashed names under the page.
const servedDir = mkdtempSync(join(tmpdir(), 'destek-hostcost-widget-'));
cpSync(widgetDir, servedDir, { recursive: true });

let tag = '';
const page = await serveHostPage(servedDir, () => tag);
const backend = await startReferenceServer([page.origin]);
tag = `<script async src="/widget/destek.js" data-server="${backend.url}" data-site-key="${SITE_KEY}"></script>`;
const browser = await launchChromium();

type Mode = 'plain' | 'warm' | 'cold';
interface Run {
  scriptAtLoad: number;
  script: number;
  task: number;
  longTasks: number[];
  shift: number;
  home?: number;
  step1?: number;
  scriptOnOpen?: number;
  openLongTasks?: number[];
}

type BenchWindow = { __bench: Probe };

/** What the page recorded so far (long tasks and shifts). */
const probe = (p: Page) =>
  p.evaluate(() => {
    const { longTasks, shifts } = (window as unknown as BenchWindow).__bench;
    return { longTasks, shifts };
  });

/**
 * Clicks the launcher or the "Report a problem" button with real mouse input
 * and returns the ms until `what` is visible. Playwright's locators are not
 * used: they inject a large script into the page, whose compile would show
 * as the widget's long tasks.
 */
async function clickUntil(p: Page, target: 'launcher' | 'report', what: 'home' | 'step1') {
  const at = await p.evaluate((t) => (window as unknown as BenchWindow).__bench.centre(t), target);
  await p.evaluate((w) => (window as unknown as BenchWindow).__bench.arm(w), what);
  await p.mouse.click(at.x, at.y);
  return p.evaluate(() => (window as unknown as BenchWindow).__bench.visible);
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value * 1000]));
}

/** Opens the page in a fresh context; `run` gets the page once it has settled. */
async function withPage<T>(
  mode: Mode,
  rate: number,
  run: (p: Page, cdp: CDPSession, context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const p = await context.newPage();
    const cdp = await context.newCDPSession(p);
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await p.addInitScript(installProbe, { suppressIdle: mode === 'cold' });
    return await run(p, cdp, context);
  } finally {
    await context.close();
  }
}

async function measure(mode: Mode, rate: number): Promise<Run> {
  return withPage(mode, rate, async (p, cdp) => {
    await p.goto(`${page.origin}${mode === 'plain' ? '/plain' : '/'}`, { waitUntil: 'load' });
    const atLoad = await metrics(cdp);
    if (mode !== 'plain')
      await p.evaluate(() => (window as unknown as BenchWindow).__bench.centre('launcher'));
    await p.evaluate(
      (panel) => (window as unknown as BenchWindow).__bench.settle(panel),
      mode === 'warm',
    );
    const settled = await metrics(cdp);
    const before = await probe(p);
    const result: Run = {
      scriptAtLoad: atLoad.ScriptDuration ?? 0,
      script: settled.ScriptDuration ?? 0,
      task: settled.TaskDuration ?? 0,
      longTasks: before.longTasks.map((t) => t.duration),
      shift: before.shifts.reduce((sum, s) => sum + s.value, 0),
    };
    if (mode === 'plain') return result;
    result.home = await clickUntil(p, 'launcher', 'home');
    result.step1 = await clickUntil(p, 'report', 'step1');
    const after = await probe(p);
    result.scriptOnOpen = ((await metrics(cdp)).ScriptDuration ?? 0) - result.script;
    result.openLongTasks = after.longTasks.slice(before.longTasks.length).map((t) => t.duration);
    // Shifts after the clicks have hadRecentInput set; the page's own count is what matters.
    result.shift = after.shifts
      .filter((s) => !s.hadRecentInput)
      .reduce((sum, s) => sum + s.value, 0);
    return result;
  });
}

/** One traced cold run: the long tasks of start-up and of the first open, broken down. */
async function diagnose(rate: number) {
  return withPage('cold', rate, async (p) => {
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
rmSync(servedDir, { recursive: true, force: true });

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
