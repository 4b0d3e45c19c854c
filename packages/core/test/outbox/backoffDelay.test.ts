import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../src/outbox/backoffDelay.ts';

const justUnderOne = () => 0.999_999;

describe('backoffDelay', () => {
  it('doubles the ceiling from 1 s per attempt', () => {
    expect([1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, justUnderOne))).toEqual([
      999, 1999, 3999, 7999, 15_999,
    ]);
  });

  it('never waits longer than 5 minutes', () => {
    expect(backoffDelay(30, justUnderOne)).toBe(299_999);
    expect(backoffDelay(1000, justUnderOne)).toBe(299_999);
  });

  it('spreads waits over the whole range (full jitter)', () => {
    expect(backoffDelay(4, () => 0)).toBe(0);
    expect(backoffDelay(4, () => 0.5)).toBe(4000);
  });

  it('takes its base and cap from options', () => {
    expect(backoffDelay(3, () => 0.5, { baseMs: 10, capMs: 30 })).toBe(15);
  });
});
