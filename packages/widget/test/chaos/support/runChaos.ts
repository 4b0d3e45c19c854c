import {
  AGENT_TOKEN,
  type ReferenceServer,
  SITE_KEY,
  startReferenceServer,
} from '../../e2e/support/startReferenceServer.ts';
import { agentReader } from './agentReader.ts';
import { checkAllTickets, checkTickets } from './checkTickets.ts';
import { createProfiles, type Profiles } from './createProfiles.ts';
import { type FaultRates, ISSUE_RATES, noFates } from './injectChaos.ts';
import { describeTrial, type TrialRecord } from './judgeTrial.ts';
import { planTrial, type TrialPlan } from './planTrial.ts';
import { runTrial } from './runTrial.ts';
import { serveShop } from './serveShop.ts';
import { type ChaosResult, summarize } from './summarizeChaos.ts';

export interface ChaosRunOptions {
  trials: number;
  seed: number;
  /** The built script-tag files (a copy of `dist/script`). */
  scriptDir: string;
  rates?: FaultRates;
  /** The interruption comes uniformly within this many ms of Send (or at the ack). @default 2500 */
  windowMs?: number;
  /**
   * Chance that a trial starts on a brand-new profile, its first visit. Off by
   * default: Chromium commits localStorage about 5 s after a write, so a kill
   * that soon after the first visit loses the anonymous visitor id, and the
   * report then comes back as another visitor, whose server refuses the file
   * the first one uploaded (a known limit; see the chaos README).
   * @default 0
   */
  firstVisitRate?: number;
  /** A fresh server (and database) after this many trials: the agent API lists 500 at most. @default 250 */
  trialsPerServer?: number;
  /** Users filing reports at the same time, each in their own browser and profile. @default 2 */
  lanes?: number;
  /** Runs only these trial numbers (to replay a failure with its seed). */
  only?: readonly number[];
  /** Progress lines. */
  log?: (line: string) => void;
}

/**
 * Runs the trials against the real reference server in `lanes` users at once
 * (each its own Chromium and profile, relaunched after each quit or kill),
 * checking after each trial that the server's tickets are exactly the reports
 * sent so far: every one once, nothing else, every file intact.
 */
export async function runChaos(options: ChaosRunOptions): Promise<ChaosResult> {
  const log = options.log ?? (() => {});
  const rates = options.rates ?? ISSUE_RATES;
  const plan = {
    runSeed: options.seed,
    windowMs: options.windowMs ?? 2500,
    firstVisitRate: options.firstVisitRate ?? 0,
  };
  const perServer = options.trialsPerServer ?? 250;
  const indexes = options.only ?? Array.from({ length: options.trials }, (_, i) => i);
  const started = Date.now();
  const records: TrialRecord[] = [];
  const shop = await serveShop(options.scriptDir);
  const lanes: Profiles[] = [];
  let server: ReferenceServer | null = null;
  let unexpected = 0;
  try {
    for (let lane = 0; lane < Math.max(1, options.lanes ?? 2); lane++)
      lanes.push(await createProfiles());
    for (let first = 0; first < indexes.length; first += perServer) {
      await server?.stop();
      server = await startReferenceServer([shop.origin]);
      shop.useServer(server.url, SITE_KEY);
      const reader = agentReader(server.url, AGENT_TOKEN);
      const sent = new Map<string, TrialRecord>();
      if (first === 0) await Promise.all(lanes.map((profiles) => warmUp(profiles, shop.url)));
      const queue = indexes.slice(first, first + perServer);
      const env = { pageUrl: shop.url, serverUrl: server.url, rates, drainTimeoutMs: 45_000 };
      await Promise.all(
        lanes.map(async (profiles) => {
          for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
            const trial = planTrial(index, plan);
            const record = await oneTrial(trial, { ...env, profiles });
            sent.set(trial.summary, record);
            await checkTickets(reader, trial, record, sent);
            records.push(record);
            log(describeTrial(record));
          }
        }),
      );
      unexpected += await checkAllTickets(reader, sent);
    }
  } finally {
    for (const profiles of lanes) await profiles.stop();
    await server?.stop();
    await shop.stop();
  }
  records.sort((a, b) => a.index - b.index);
  const launches = lanes.reduce((sum, profiles) => sum + profiles.launches, 0);
  return summarize(options.seed, records, unexpected, launches, started);
}

/**
 * The user has been to the site before: the widget made its visitor id, and
 * the browser quit normally since, so the id is on disk (see `firstVisitRate`).
 */
async function warmUp(profiles: Profiles, pageUrl: string): Promise<void> {
  const page = await (await profiles.running()).context.newPage();
  await page.goto(pageUrl);
  await page.waitForFunction(() => localStorage.getItem('destek:visitor') !== null, undefined, {
    timeout: 30_000,
  });
  await profiles.end('quit');
}

/** Runs a trial; a trial that throws (a harness or browser failure) is a failed record, not an abort. */
async function oneTrial(
  trial: TrialPlan,
  env: Parameters<typeof runTrial>[1],
): Promise<TrialRecord> {
  const began = Date.now();
  const base = {
    index: trial.index,
    mode: trial.mode,
    firstVisit: trial.firstVisit,
    momentMs: trial.momentMs,
    tickets: 0,
    filesSent: trial.files.length,
    filesVerified: 0,
  };
  try {
    const run = await runTrial(trial, env);
    return { ...base, ...run, seconds: (Date.now() - began) / 1000 };
  } catch (error) {
    // Whatever state the browser is in, the next trial starts from a relaunch.
    await env.profiles.end('kill').catch(() => {});
    return {
      ...base,
      cutBy: 'moment',
      cutAfterMs: -1,
      savedBeforeCut: false,
      leftInOutbox: [],
      draftKept: false,
      requestsAfterSend: [],
      drainMs: -1,
      fates: noFates(),
      pageErrors: [],
      phases: { open: -1, fill: -1, cut: -1, reopen: -1, drain: -1 },
      seconds: (Date.now() - began) / 1000,
      problem: 'the trial itself failed',
      harnessError: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
}
