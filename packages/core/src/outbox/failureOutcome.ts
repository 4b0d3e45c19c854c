import { RETRYABLE_CODES } from '@destek/protocol';
import type { BackendError } from '../errors/BackendError.ts';
import { isDestekError } from '../errors/DestekError.ts';
import type { AttentionReason, OutboxOutcome } from './OutboxEntry.ts';

/** What to do after a failed send. */
export type FailureDecision =
  | {
      retry: true;
      outcome: OutboxOutcome;
      code: BackendError['code'];
      retryAfterMs?: number;
      pauseQueue: boolean;
    }
  | { retry: false; outcome: OutboxOutcome; reason: AttentionReason };

/**
 * Sorts a failure: network errors, 408/429/5xx (`offline`, `rate_limited`,
 * `server`) and an expired session are retried; other refusals need the
 * user. A throw that is not a BackendError is an adapter bug; retrying keeps
 * the report safe rather than dropping it.
 */
export function failureOutcome(error: unknown): FailureDecision {
  const failure =
    isDestekError(error) && error.name === 'BackendError' ? (error as BackendError) : undefined;
  if (!failure) return { retry: true, outcome: 'server_error', code: 'server', pauseQueue: false };
  const retryAfter =
    failure.retryAfterMs === undefined ? {} : { retryAfterMs: failure.retryAfterMs };
  switch (failure.code) {
    case 'offline':
      return {
        retry: true,
        outcome: 'network_error',
        code: 'offline',
        pauseQueue: true,
        ...retryAfter,
      };
    case 'rate_limited':
      return {
        retry: true,
        outcome: 'rate_limited',
        code: 'rate_limited',
        pauseQueue: true,
        ...retryAfter,
      };
    case 'server':
      return {
        retry: true,
        outcome: 'server_error',
        code: 'server',
        pauseQueue: false,
        ...retryAfter,
      };
    case 'unauthorized':
      return {
        retry: true,
        outcome: 'unauthorized',
        code: 'unauthorized',
        pauseQueue: true,
        ...retryAfter,
      };
    default:
      break;
  }
  // "Same key in flight elsewhere" is a 409 that only needs patience.
  if (failure.wireCode !== undefined && RETRYABLE_CODES.has(failure.wireCode)) {
    return {
      retry: true,
      outcome: 'server_error',
      code: failure.code,
      pauseQueue: false,
      ...retryAfter,
    };
  }
  const reason: AttentionReason = {
    code: failure.code,
    ...(failure.field === undefined ? {} : { field: failure.field }),
    ...(failure.wireCode === undefined ? {} : { wireCode: failure.wireCode }),
  };
  const outcome: OutboxOutcome =
    failure.code === 'invalid'
      ? 'invalid'
      : failure.code === 'too_large'
        ? 'too_large'
        : 'rejected';
  return { retry: false, outcome, reason };
}
