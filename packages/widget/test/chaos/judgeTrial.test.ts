import { describe, expect, it } from 'vitest';
import { problemOf, unsavedAtCut } from './support/judgeTrial.ts';
import { trialRecord } from './support/trialRecordFixture.ts';

/** Trial 394 of the 1,000-trial bench (seed 1304512720): killed 25 ms after Send, before saving. */
const CUT_BEFORE_SAVE = trialRecord({
  index: 394,
  mode: 'kill',
  momentMs: 25,
  filesSent: 2,
  cutAfterMs: 25,
  savedBeforeCut: false,
  draftKept: true,
});

describe('judging a trial cut before its report was saved', () => {
  it('passes when nothing of the report left the page and the draft kept it', () => {
    expect(unsavedAtCut(CUT_BEFORE_SAVE)).toBe(true);
    expect(problemOf(CUT_BEFORE_SAVE)).toBeUndefined();
  });

  it("does not count a late retry of the review step's status check as the report's", () => {
    const record = { ...CUT_BEFORE_SAVE, requestsAfterSend: ['GET /v1/status'] };
    expect(unsavedAtCut(record)).toBe(true);
    expect(problemOf(record)).toBeUndefined();
  });

  it('calls it lost once a request of the report left the page', () => {
    for (const request of ['POST /v1/sessions', 'POST /v1/attachments', 'POST /v1/reports']) {
      const record = { ...CUT_BEFORE_SAVE, requestsAfterSend: ['GET /v1/status', request] };
      expect(unsavedAtCut(record)).toBe(false);
      expect(problemOf(record)).toBe(`lost: no ticket; only the draft kept it, after ${request}`);
    }
  });

  it('calls it lost when the draft did not keep it either', () => {
    const record = { ...CUT_BEFORE_SAVE, draftKept: false };
    expect(problemOf(record)).toBe('lost: no ticket; in neither the outbox nor the draft');
  });
});
