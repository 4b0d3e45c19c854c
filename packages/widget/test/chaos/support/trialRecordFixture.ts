import { noFates } from './injectChaos.ts';
import type { TrialRecord } from './judgeTrial.ts';

/** A trial record as `oneTrial` makes it, for tests of the judging: nothing on the server yet. */
export function trialRecord(changes: Partial<TrialRecord> = {}): TrialRecord {
  return {
    index: 0,
    mode: 'page',
    firstVisit: false,
    momentMs: 500,
    tickets: 0,
    filesSent: 0,
    filesVerified: 0,
    seconds: 10,
    cutBy: 'moment',
    cutAfterMs: 500,
    savedBeforeCut: true,
    leftInOutbox: [],
    draftKept: false,
    requestsAfterSend: [],
    drainMs: 1000,
    fates: noFates(),
    pageErrors: [],
    phases: { open: 1000, fill: 2000, cut: 500, reopen: 3000, drain: 1000 },
    ...changes,
  };
}
