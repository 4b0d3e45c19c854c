import { describe, expect, it } from 'vitest';
import { BackendError, DEFAULT_RETRY_AFTER_MS } from '../../src/coreImports.ts';
import { errorFromAnswer } from '../../src/errors/errorFromAnswer.ts';

const NOW = Date.parse('2026-11-25T12:00:00Z');

describe('errorFromAnswer', () => {
  it("uses the server's error body: code, field and wait", () => {
    const body = JSON.stringify({
      error: { code: 'invalid_body', message: 'Too long', field: 'summary' },
    });
    const error = errorFromAnswer({ status: 400, retryAfter: null, body }, NOW);
    expect(error).toBeInstanceOf(BackendError);
    expect(error).toMatchObject({
      code: 'invalid',
      wireCode: 'invalid_body',
      field: 'summary',
      status: 400,
    });
    expect(error.message).toBe('Too long');
  });

  it('takes the wait from the body first, then the header', () => {
    const body = JSON.stringify({
      error: { code: 'rate_limited', message: 'Slow down', retryAfterMs: 2500 },
    });
    expect(errorFromAnswer({ status: 429, retryAfter: '9', body }, NOW).retryAfterMs).toBe(2500);
    expect(errorFromAnswer({ status: 429, retryAfter: '9', body: '' }, NOW).retryAfterMs).toBe(
      9000,
    );
  });

  it('waits 60 s on a 429 whose Retry-After is garbage or missing', () => {
    const garbage = errorFromAnswer({ status: 429, retryAfter: 'later', body: '<html>' }, NOW);
    expect(garbage).toMatchObject({ code: 'rate_limited', retryAfterMs: DEFAULT_RETRY_AFTER_MS });
    expect(errorFromAnswer({ status: 429, retryAfter: null, body: '' }, NOW).retryAfterMs).toBe(
      60_000,
    );
  });

  it('maps bare statuses from proxies by their meaning', () => {
    const code = (status: number) =>
      errorFromAnswer({ status, retryAfter: null, body: 'nope' }, NOW).code;
    expect([401, 403, 404, 408, 409, 413, 415, 422, 500, 501, 502, 503].map(code)).toEqual([
      'unauthorized',
      'unauthorized',
      'not_found',
      'server',
      'conflict',
      'too_large',
      'invalid',
      'invalid',
      'server',
      'unsupported',
      'server',
      'server',
    ]);
  });

  it('treats a duplicate report in flight as a conflict and a changed payload as invalid', () => {
    const answer = (code: string, status: number) =>
      errorFromAnswer(
        { status, retryAfter: null, body: JSON.stringify({ error: { code, message: 'x' } }) },
        NOW,
      );
    expect(answer('idempotency_in_flight', 409).code).toBe('conflict');
    expect(answer('idempotency_mismatch', 422).code).toBe('invalid');
    expect(answer('unavailable', 503).retryable).toBe(true);
  });
});
