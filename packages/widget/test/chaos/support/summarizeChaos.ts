import { type Fate, noFates } from './injectChaos.ts';
import { type TrialRecord, unsavedAtCut } from './judgeTrial.ts';
import { MODES, type Mode } from './planTrial.ts';

export interface ChaosResult {
  seed: number;
  trials: number;
  passed: number;
  modes: Record<Mode, number>;
  firstVisits: number;
  /** Interruptions set off by the planned moment vs by the acknowledgement arriving first. */
  cutBy: { moment: number; ack: number };
  /** Interruptions that came before the panel had left the review step (saving not finished). */
  cutBeforeSaved: number;
  /**
   * Trials cut before the report was saved and before any request: nothing
   * sent, the draft kept the text (see {@link unsavedAtCut}); not counted as sent reports.
   */
  unsavedAtCut: number;
  /** The latest of those cuts, in ms after Send: how long saving took at most, on this machine. */
  unsavedAtCutMaxMs: number;
  /** Reports the user sent that no ticket holds. */
  lost: number;
  /** Trials that could not be run to the end (browser or harness failures); each also fails the run. */
  harnessErrors: number;
  /** Reports held by more than one ticket (counted once per extra ticket). */
  duplicated: number;
  /** Tickets that match no report the user sent. */
  unexpected: number;
  /** Files of the reports sent (trials cut before saving sent none), and those found intact. */
  attachments: { sent: number; verified: number };
  fates: Record<Fate, number>;
  browserLaunches: number;
  seconds: number;
  /** Median and 95th percentile of a trial, in seconds. */
  trialSeconds: { median: number; p95: number };
  /** Median ms from reopening the page to an empty outbox. */
  drainMsMedian: number;
  failures: TrialRecord[];
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

export function summarize(
  seed: number,
  records: readonly TrialRecord[],
  unexpected: number,
  browserLaunches: number,
  started: number,
): ChaosResult {
  const modes = Object.fromEntries(MODES.map((m) => [m, 0])) as Record<Mode, number>;
  const fates = noFates();
  for (const r of records) {
    modes[r.mode] += 1;
    for (const [fate, count] of Object.entries(r.fates)) fates[fate as Fate] += count;
  }
  const seconds = records.map((r) => r.seconds).sort((a, b) => a - b);
  const drains = records
    .map((r) => r.drainMs)
    .filter((ms) => ms >= 0)
    .sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    seed,
    trials: records.length,
    passed: records.filter((r) => !r.problem).length,
    modes,
    firstVisits: records.filter((r) => r.firstVisit).length,
    cutBy: {
      moment: records.filter((r) => r.cutBy === 'moment').length,
      ack: records.filter((r) => r.cutBy === 'ack').length,
    },
    cutBeforeSaved: records.filter((r) => !r.savedBeforeCut).length,
    unsavedAtCut: records.filter(unsavedAtCut).length,
    unsavedAtCutMaxMs: Math.max(0, ...records.filter(unsavedAtCut).map((r) => r.cutAfterMs)),
    lost: records.filter((r) => r.tickets === 0 && !unsavedAtCut(r) && !r.harnessError).length,
    harnessErrors: records.filter((r) => r.harnessError).length,
    duplicated: records.reduce((sum, r) => sum + Math.max(0, r.tickets - 1), 0),
    unexpected,
    attachments: {
      sent: records.filter((r) => !unsavedAtCut(r)).reduce((sum, r) => sum + r.filesSent, 0),
      verified: records.reduce((sum, r) => sum + r.filesVerified, 0),
    },
    fates,
    browserLaunches,
    seconds: round((Date.now() - started) / 1000),
    trialSeconds: { median: round(quantile(seconds, 0.5)), p95: round(quantile(seconds, 0.95)) },
    drainMsMedian: quantile(drains, 0.5),
    failures: records.filter((r) => r.problem),
  };
}
