import type { Mode } from './planTrial.ts';
import type { TrialRun } from './runTrial.ts';

/** One trial's plan, what happened on the device, and what the server holds for it. */
export interface TrialRecord extends TrialRun {
  index: number;
  mode: Mode;
  firstVisit: boolean;
  momentMs: number;
  /** Tickets with this trial's summary (1 is the only right answer). */
  tickets: number;
  filesSent: number;
  /** Files present on the ticket with the sent name, size and SHA-256, served back intact. */
  filesVerified: number;
  seconds: number;
  /** Why the trial failed; absent when it passed. */
  problem?: string;
  /** The trial could not be run to the end (a browser or harness failure): it proves nothing. */
  harnessError?: string;
  /**
   * When its own ticket check finished (`performance.now()`): only a listing
   * requested after that may say its count changed (see `checkTickets`).
   */
  checkedAt?: number;
}

/**
 * The review step's backend check (`GET /v1/status`), which Send never makes:
 * the trial waits for it before Send, but a retry of it (the adapter repeats a
 * failed GET once, 300 ms later) can still leave after Send. Seen in the
 * 1,000-trial bench: trial 394 of seed 1304512720, killed 25 ms after Send,
 * the draft holding the text, only this retry after Send, judged lost.
 */
const REVIEW_CHECK = 'GET /v1/status';

/** What left the page after Send on the report's behalf (the review check's retry excluded). */
export function sendRequests(record: Pick<TrialRecord, 'requestsAfterSend'>): string[] {
  return record.requestsAfterSend.filter((what) => what !== REVIEW_CHECK);
}

/**
 * A trial cut before its report was saved, with nothing sent for it yet, is
 * not a sent report: no browser can keep what it had not yet written when it
 * died. It passes when the autosaved draft still holds the text, so the user
 * finds it again. Cut after a request of the report's went out, the report had
 * been saved (or should have been: Send makes no request before saving), so it
 * is lost.
 */
export function unsavedAtCut(record: TrialRecord): boolean {
  return (
    record.tickets === 0 &&
    record.leftInOutbox.length === 0 &&
    record.draftKept &&
    sendRequests(record).length === 0
  );
}

/** Why the trial failed (lost, doubled, a file missing, left behind), or undefined when it passed. */
export function problemOf(record: TrialRecord): string | undefined {
  if (record.problem) return record.problem;
  if (unsavedAtCut(record)) return undefined;
  if (record.tickets === 0) {
    const where =
      record.leftInOutbox.length > 0
        ? `still in the outbox (${record.leftInOutbox.map((e) => e.attention ?? 'waiting').join(', ')})`
        : record.draftKept
          ? `only the draft kept it, after ${sendRequests(record).join(', ')}`
          : 'in neither the outbox nor the draft';
    return `lost: no ticket; ${where}`;
  }
  if (record.tickets > 1) return `duplicated: ${record.tickets} tickets`;
  if (record.filesVerified !== record.filesSent)
    return `${record.filesSent - record.filesVerified} of ${record.filesSent} files missing or altered`;
  if (record.leftInOutbox.length > 0) return 'delivered, but still in the outbox';
  return undefined;
}

/** One line about a trial, for logs and failure messages. */
export function describeTrial(r: TrialRecord): string {
  const verdict = r.problem
    ? `FAIL ${r.problem}${r.harnessError ? `: ${r.harnessError}` : ''}`
    : unsavedAtCut(r)
      ? 'ok, cut before it was saved (nothing sent; the draft kept the text)'
      : 'ok';
  return (
    `trial ${r.index} ${r.mode}${r.firstVisit ? ' (first visit)' : ''}: cut by ${r.cutBy} ` +
    `${r.cutAfterMs} ms after Send${r.savedBeforeCut ? '' : ' (before saved)'}; ` +
    `${r.tickets} ticket(s), ${r.filesVerified}/${r.filesSent} files; drained in ${r.drainMs} ms; ` +
    `${r.seconds.toFixed(1)} s (${Object.entries(r.phases)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}): ${verdict}`
  );
}
