import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_AFTER_MS, parseRetryAfter } from '../../src/outbox/parseRetryAfter.ts';

const now = Date.parse('2026-03-01T12:00:00Z');

describe('parseRetryAfter', () => {
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date as the time left until it', () => {
    expect(parseRetryAfter('Sun, 01 Mar 2026 12:00:30 GMT', now)).toBe(30_000);
  });

  it('treats a date in the past as "retry now"', () => {
    expect(parseRetryAfter('Sun, 01 Mar 2026 11:00:00 GMT', now)).toBe(0);
  });

  it.each([['soon'], ['-5'], ['1.5'], [''], ['Sun, 99 Foo 2026'], [null], [undefined]])(
    'waits 60 s on garbage (%s)',
    (header) => {
      expect(parseRetryAfter(header, now)).toBe(DEFAULT_RETRY_AFTER_MS);
      expect(DEFAULT_RETRY_AFTER_MS).toBe(60_000);
    },
  );
});
