import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import type { Profiles } from './createProfiles.ts';
import { fillReport } from './fillReport.ts';
import { type ChaosNetwork, type Fate, type FaultRates, injectChaos } from './injectChaos.ts';
import type { TrialPlan } from './planTrial.ts';
import { type DeviceStore, readDeviceStore } from './readDeviceStore.ts';

/** How one trial went on the device; the server side is checked by the caller. */
export interface TrialRun {
  /** What set off the interruption: the planned moment, or the acknowledgement arriving first. */
  cutBy: 'moment' | 'ack';
  /** Ms from the Send click to the interruption. */
  cutAfterMs: number;
  /** The panel had left the review step (the report was saved) before the interruption. */
  savedBeforeCut: boolean;
  /** This trial's report, if still in the outbox once nothing there was trying any more. */
  leftInOutbox: Array<{ summary: string; attention: string | null }>;
  /** The autosaved draft still held this trial's summary after the reopen. */
  draftKept: boolean;
  /** Requests to the server that started between the Send click and the interruption. */
  requestsAfterSend: string[];
  /** Ms from opening the page again until the outbox was empty. */
  drainMs: number;
  fates: Record<Fate, number>;
  /** Uncaught errors in either page. */
  pageErrors: string[];
  /** Where the trial's time went, in ms. */
  phases: { open: number; fill: number; cut: number; reopen: number; drain: number };
}

export interface TrialEnv {
  profiles: Profiles;
  /** The host page with the widget's script tag. */
  pageUrl: string;
  serverUrl: string;
  rates: FaultRates;
  /** How long the reopened page may take to empty the outbox. */
  drainTimeoutMs: number;
}

/**
 * One trial: the user fills in a report in the real panel on a failing
 * network and presses Send; at the planned moment (or when the server's
 * acknowledgement is about to reach the page, whichever is first) the page is
 * closed, the browser quits or is killed. Then the same profile opens the page
 * again on a healthy network, and the trial waits until the outbox is empty.
 */
export async function runTrial(plan: TrialPlan, env: TrialEnv): Promise<TrialRun> {
  const pageErrors: string[] = [];
  const watch = (page: Page) =>
    page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
  let lap = Date.now();
  const took = () => {
    const now = Date.now();
    const ms = now - lap;
    lap = now;
    return ms;
  };
  if (plan.firstVisit) await env.profiles.fresh();
  const { context } = await env.profiles.running();
  const page = await context.newPage();
  // Generous: a busy CI machine is slow, and slowness is not what this tests.
  page.setDefaultTimeout(60_000);
  watch(page);

  let cutBy: TrialRun['cutBy'] | null = null;
  let startCut: () => void = () => {};
  const interrupted = new Promise<void>((done) => {
    startCut = done;
  });
  const chaos = await injectChaos(page, {
    serverUrl: env.serverUrl,
    pageOrigin: new URL(env.pageUrl).origin,
    seed: plan.seed,
    rates: env.rates,
    ackArriving: () => {
      // Held either way: once the trial is cutting, no acknowledgement reaches the page.
      cutBy ??= 'ack';
      startCut();
      return 'hold';
    },
  });
  await page.goto(env.pageUrl);
  const open = took();
  await fillReport(page, {
    summary: plan.summary,
    observed: plan.observed,
    email: 'chaos@example.com',
    files: plan.files,
  });

  // The user reads the review while it measures the backend in the background
  // (the session, then its status): done before Send, so that a request after
  // Send is the report's (except a late retry of the status: see judgeTrial).
  await reviewMeasured(chaos);
  const fill = took();
  const send = page.getByRole('button', { name: 'Send report' });
  const clickedAt = Date.now();
  await send.click();
  const sentAt = Date.now();
  let savedAt = Number.POSITIVE_INFINITY;
  // The review step (and its Send button) goes once the outbox has saved the report.
  send.waitFor({ state: 'detached', timeout: 60_000 }).then(
    () => {
      savedAt = Date.now();
    },
    () => {},
  );
  const timer = setTimeout(() => {
    cutBy ??= 'moment';
    startCut();
  }, plan.momentMs);
  await interrupted;
  clearTimeout(timer);
  const cutAt = Date.now();
  if (plan.mode === 'page') await page.close();
  else await env.profiles.end(plan.mode === 'kill' ? 'kill' : 'quit');
  await chaos.settle();
  lap = cutAt;
  const cut = took();

  // The same profile, the page opened again, the network healthy.
  const reopened = await (await env.profiles.running()).context.newPage();
  reopened.setDefaultTimeout(60_000);
  watch(reopened);
  const reopen = took();
  const openedAt = Date.now();
  await reopened.goto(env.pageUrl);
  // Done when nothing in the outbox is still trying: a report the server
  // refused waits for the user, and an earlier trial's would wait for ever.
  const trying = (store: DeviceStore) => store.outbox.some((entry) => entry.attention === null);
  let store = await readDeviceStore(reopened);
  while (trying(store) && Date.now() - openedAt < env.drainTimeoutMs) {
    await sleep(100);
    store = await readDeviceStore(reopened);
  }
  const drainMs = Date.now() - openedAt;
  await reopened.close();
  return {
    cutBy: cutBy ?? 'moment',
    cutAfterMs: cutAt - sentAt,
    savedBeforeCut: savedAt <= cutAt,
    leftInOutbox: store.outbox.filter((entry) => entry.summary === plan.summary),
    draftKept: store.draftSummary === plan.summary,
    requestsAfterSend: chaos.requestsSince(clickedAt),
    drainMs,
    fates: { ...chaos.fates },
    pageErrors,
    phases: { open, fill, cut, reopen, drain: drainMs },
  };
}

/**
 * Waits until the review step's backend check is over: its session request
 * failed, or it passed and the status request followed; then until the
 * network is quiet. Gives up after 10 s (a widget that no longer measures
 * there only makes trials slower).
 */
async function reviewMeasured(chaos: ChaosNetwork): Promise<void> {
  const end = Date.now() + 10_000;
  while (Date.now() < end) {
    const session = chaos.fatesOf('POST /v1/sessions')[0];
    if (
      session !== undefined &&
      (session !== 'passed' || chaos.fatesOf('GET /v1/status').length > 0)
    )
      break;
    await sleep(25);
  }
  await chaos.quiet(200, 3000);
}
