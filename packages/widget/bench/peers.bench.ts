/**
 * Destek next to its closest peer, Sentry's user-feedback widget, measured
 * side by side in one run, with the other benchmarks' figures from the same
 * run. A plain script: `node packages/widget/bench/peers.bench.ts`, or
 * `pnpm bench peers` (which writes its section of docs/benchmarks.md).
 *
 * 1. Sizes: every artifact in size-budgets.json (as `pnpm size` measures
 *    them), every script-tag file, and Sentry's feedback widget built from the
 *    installed `@sentry/browser` in four variants (see sentryBundles.ts); plus
 *    the bytes each page really fetched until its report form was usable.
 * 2. Host-page cost, on the same article page in the same Chromium, at 1× and
 *    4× CPU slow-down, by the host-cost benchmark's own code
 *    (measureHostCost): the page without a widget, with Destek cold (idle
 *    callbacks never run, so its first click loads the panel), with Destek
 *    as shipped (idle-time panel preload), and with Sentry's documented setup
 *    (its DSN on a local sink). Scenario order rotates every round so the
 *    machine's changing load falls on all of them alike; medians of the rounds.
 * 3. The screenshot, server, classifier and redaction benchmarks, run as
 *    child processes now, their last-line JSON taken as is.
 * 4. The machine, the date and the load average before and after.
 *
 * Progress goes to stderr; the last stdout line is one JSON object.
 * DESTEK_PEERS_RUNS sets the rounds (default 7, as the host-cost benchmark); DESTEK_PEERS_OTHERS=0 skips part 3.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../test/e2e/support/launchChromium.ts';
import { SITE_KEY, startReferenceServer } from '../test/e2e/support/startReferenceServer.ts';
import { budgetedSizes } from './budgetedSizes.ts';
import { compareHostCost } from './compareHostCost.ts';
import { compressedSize, type Size, sumSizes } from './compressedSize.ts';
import { compareSizes, sizeText } from './figureText.ts';
import { serveHostPage } from './hostPage.ts';
import { loadNow, machineInfo } from './machineInfo.ts';
import {
  type HostCostRun,
  type HostCostScenario,
  measureHostCost,
  OUTSIDE,
} from './measureHostCost.ts';
import { runBenchScript } from './runBenchScript.ts';
import { buildSentryBundles, PAGE_VARIANT, sentryVersion } from './sentryBundles.ts';
import { startSentrySink } from './sentrySink.ts';
import { servedWidget } from './servedWidget.ts';

const RUNS = Number(process.env.DESTEK_PEERS_RUNS ?? 7);
const RATES = [1, 4] as const;
const root = resolve(import.meta.dirname, '../../..');
const log = (message: string) => process.stderr.write(`peers: ${message}\n`);
const started = new Date();
const loadBefore = loadNow();
log(`load average before: ${loadBefore.loadAverage}`);

// 1. Sizes. The Sentry bundles are written next to Destek's files, so one
// server serves both to the page, and sizes are of the bytes the runs load.
const served = servedWidget(root, log);
log('building Sentry’s feedback bundles');
const sentry = await buildSentryBundles(served.dir);
const pageBundle = sentry[PAGE_VARIANT];
if (!pageBundle) throw new Error(`no ${PAGE_VARIANT} bundle`);
log('measuring Destek’s budgeted artifacts');
const destekSizes = await budgetedSizes(root, served.dir);
const scriptFiles = readdirSync(served.dir, { recursive: true, encoding: 'utf8' }).filter(
  (f) => f.endsWith('.js') && !f.startsWith('peer-') && !f.endsWith('snippet.min.js'),
);
const fileSize = (path: string) => compressedSize(readFileSync(join(served.dir, path)));

// 2. Host-page cost.
const sink = await startSentrySink();
let destekTag = '';
const sentryTag = `<script async src="/widget/${pageBundle.file}" data-dsn="${sink.dsn}"></script>`;
const page = await serveHostPage(served.dir, (_origin, query) =>
  query.get('peer') === 'sentry' ? sentryTag : destekTag,
);
const backend = await startReferenceServer([page.origin]);
destekTag = `<script async src="/widget/destek.js" data-server="${backend.url}" data-site-key="${SITE_KEY}"></script>`;
const browser = await launchChromium();
const chromium = browser.version();

const toReportForm = [
  { target: 'launcher', what: 'home' },
  { target: 'report', what: 'step1' },
] as const;
const SCENARIOS: Record<string, HostCostScenario> = {
  withoutWidget: {
    path: '/plain',
    probe: { suppressIdle: false },
    widget: false,
    waitForPanel: false,
    clicks: [],
  },
  destekCold: {
    path: '/',
    probe: { suppressIdle: true },
    widget: true,
    waitForPanel: false,
    clicks: [...toReportForm],
  },
  destekWithIdlePreload: {
    path: '/',
    probe: { suppressIdle: false },
    widget: true,
    waitForPanel: true,
    clicks: [...toReportForm],
  },
  // Sentry runs as on any page: it has nothing to preload, and idle
  // callbacks are left alone so none of its deferred work is skipped.
  sentry: {
    path: '/?peer=sentry',
    probe: {
      suppressIdle: false,
      peer: {
        host: '#sentry-feedback',
        launcher: 'button.widget__actor',
        ready: 'textarea#message',
      },
    },
    widget: true,
    waitForPanel: false,
    clicks: [{ target: 'launcher', what: 'dialog' }],
  },
};
const names = Object.keys(SCENARIOS);
const runs: Record<string, HostCostRun[]> = {};
const browserStarted = Date.now();
let envelopes = 0;
try {
  for (let round = 0; round < RUNS; round++) {
    for (const rate of RATES) {
      for (let i = 0; i < names.length; i++) {
        const name = names[(i + round) % names.length] ?? '';
        const scenario = SCENARIOS[name];
        if (!scenario) continue;
        const run = await measureHostCost(browser, page.origin, rate, scenario);
        log(`${name}@${rate}x: ${JSON.stringify(run)}`);
        runs[`${name}@${rate}x`] = [...(runs[`${name}@${rate}x`] ?? []), run];
      }
    }
    log(`round ${round + 1}/${RUNS} done (${((Date.now() - browserStarted) / 1000).toFixed(0)} s)`);
  }
  envelopes = sink.envelopes();
} finally {
  // Even when a run throws: no browser or server process outlives the benchmark.
  await browser.close();
  await backend.stop();
  page.server.close();
  sink.close();
}
const envelopesPerLoad = Math.round((envelopes / (RUNS * RATES.length)) * 10) / 10;
const loadAfterBrowser = loadNow();

/** The script files and API calls of a scenario's first run at 1×. */
function fetched(name: string, phase: 'requestsAtLoad' | 'requestsOnOpen') {
  const list = runs[`${name}@1x`]?.[0]?.[phase] ?? [];
  const files = list.filter((r) => r.startsWith('/widget/')).map((r) => r.slice('/widget/'.length));
  return { files, api: list.filter((r) => !r.startsWith('/widget/')) };
}
const destekLoad = fetched('destekCold', 'requestsAtLoad');
const destekOpen = fetched('destekCold', 'requestsOnOpen');
const sentryLoad = fetched('sentry', 'requestsAtLoad');
const sentryOpen = fetched('sentry', 'requestsOnOpen');
const destekFirst = fileSize('destek.js');
const destekToForm = sumSizes([...destekLoad.files, ...destekOpen.files].map(fileSize));
const sentryToForm = sumSizes([...sentryLoad.files, ...sentryOpen.files].map(fileSize));
// Nothing may be fetched from outside 127.0.0.1 (no CDN, no Sentry ingest).
const leaving = [
  ...new Set(
    Object.values(runs)
      .flat()
      .flatMap((r) => [...r.requestsAtLoad, ...(r.requestsOnOpen ?? [])])
      .filter((r) => r.includes(OUTSIDE)),
  ),
];
const listText = (list: string[]) => (list.length > 0 ? list.join(', ') : 'none');
const at1 = compareHostCost(runs, 1);
const at4 = compareHostCost(runs, 4);
const kb = (bytes: number) => (bytes / 1024).toFixed(2);
const sideBySide = (destek: Size, peer: Size) =>
  `gzip: Destek ${kb(destek.gzip)} KB, Sentry ${kb(peer.gzip)} KB (${compareSizes(destek.gzip, peer.gzip)}); brotli: Destek ${kb(destek.brotli)} KB, Sentry ${kb(peer.brotli)} KB`;

// 3. The other benchmarks, now, so every figure comes from this run.
const others: Record<string, unknown> = {};
if (process.env.DESTEK_PEERS_OTHERS !== '0') {
  const screenshotDir = join(root, 'packages/screenshot/bench');
  const screenshotBenches = existsSync(screenshotDir)
    ? readdirSync(screenshotDir)
        .filter((f) => f.endsWith('.bench.ts'))
        .sort()
    : [];
  const jobs: Array<[string, string]> = [
    ...screenshotBenches.map((f): [string, string] => [
      `screenshot.${f.replace('.bench.ts', '')}`,
      `packages/screenshot/bench/${f}`,
    ]),
    ['server', 'packages/server/bench/server.bench.ts'],
    ['classifier', 'packages/core/bench/classifier.bench.ts'],
    ['redaction', 'packages/core/bench/redaction.bench.ts'],
  ];
  if (screenshotBenches.length === 0)
    others.screenshot = 'not available: packages/screenshot/bench has no *.bench.ts yet';
  for (const [key, script] of jobs) {
    log(`running ${script}`);
    const result = runBenchScript(root, script, 20 * 60_000);
    others[key] =
      'figures' in result
        ? { ...result.figures, benchSeconds: result.seconds }
        : `failed: ${result.error}`;
  }
}
const destekBudgets = Object.fromEntries(
  destekSizes.map((a) => [a.name, a.size ? `${sizeText(a.size)}; ${a.verdict}` : a.verdict]),
);
const figures = {
  date: `${started.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  machine: (() => {
    const m = machineInfo();
    return `${m.cores} × ${m.cpu}, ${m.memoryGiB} GiB, ${m.platform}, Node ${m.node}, Chromium ${chromium}`;
  })(),
  loadAverage: {
    before: loadBefore.loadAverage,
    afterBrowserRuns: loadAfterBrowser.loadAverage,
    after: loadNow().loadAverage,
  },
  runsPerScenario: RUNS,
  summary: {
    firstScript: sideBySide(destekFirst, pageBundle.size),
    untilReportFormUsable: sideBySide(destekToForm, sentryToForm),
    scriptMsAddedAtLoad: Object.fromEntries(
      [at1, at4].map((at, i) => [
        `cpu${RATES[i]}x`,
        `Destek ${at.scriptMsAddedAtLoad.destekCold} (first script), ${at.scriptMsAddedAtLoad.destekWithIdlePreload} (with idle preload); Sentry ${at.scriptMsAddedAtLoad.sentry}`,
      ]),
    ),
    clickToReportFormMs: Object.fromEntries(
      [at1, at4].map((at, i) => [
        `cpu${RATES[i]}x`,
        `Destek ${at.openMs.destekColdReportForm} cold, ${at.openMs.destekWithIdlePreloadReportForm} preloaded (two clicks); Sentry ${at.openMs.sentryDialog} (one click)`,
      ]),
    ),
  },
  sizes: {
    how: 'raw / gzip -9 / brotli 11, KB = 1024 bytes; files fetched one by one are compressed one by one and summed',
    sentryVersion,
    sentry: Object.fromEntries(
      Object.entries(sentry).map(([k, b]) => [k, `${sizeText(b.size)}: ${b.what}`]),
    ),
    destek: destekBudgets,
    destekEveryScriptTagFile: `${sizeText(sumSizes(scriptFiles.map(fileSize)))} in ${scriptFiles.length} files (every locale, chat, help, screenshot editor)`,
    fetchedUntilReportFormUsable: {
      destekCold: `${sizeText(destekToForm)} in ${destekLoad.files.length + destekOpen.files.length} files`,
      sentry: `${sizeText(sentryToForm)} in ${sentryLoad.files.length + sentryOpen.files.length} file(s)`,
    },
  },
  hostCost: {
    how: 'ms; script = CDP ScriptDuration, main thread = TaskDuration, medians over the rounds minus the page without a widget; open = trusted click to the first frame where the control is visible and enabled, median (p90); Destek needs two clicks to its report form (launcher, then Report a problem), Sentry one',
    cpu1x: at1,
    cpu4x: at4,
    requestsAtLoad: {
      destek: listText([...destekLoad.files, ...destekLoad.api]),
      sentry: listText([...sentryLoad.files, ...sentryLoad.api]),
    },
    requestsOnColdOpen: {
      destek: listText([...destekOpen.files, ...destekOpen.api]),
      sentry: listText([...sentryOpen.files, ...sentryOpen.api]),
    },
    requestsLeavingTheMachine: listText(leaving),
    sentryEnvelopesPerPageLoad: envelopesPerLoad,
  },
  otherBenchmarks: others,
};
served.remove();
log(`load average after: ${figures.loadAverage.after}`);
process.stdout.write(`${JSON.stringify(figures)}\n`);
