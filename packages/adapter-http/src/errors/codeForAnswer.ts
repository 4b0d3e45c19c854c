import type { ErrorCode } from '@destek/protocol';
import type { BackendErrorCode } from '../coreImports.ts';

/** The server's stable codes, in the few kinds callers branch on. */
const BY_WIRE_CODE: Readonly<Record<ErrorCode, BackendErrorCode>> = {
  invalid_json: 'invalid',
  invalid_body: 'invalid',
  invalid_parameter: 'invalid',
  too_large: 'too_large',
  unsupported_media_type: 'invalid',
  attachment_type: 'invalid',
  image_too_large: 'too_large',
  attachment_corrupt: 'invalid',
  unauthorized: 'unauthorized',
  identity_rejected: 'unauthorized',
  unknown_site: 'unauthorized',
  origin_not_allowed: 'unauthorized',
  not_found: 'not_found',
  method_not_allowed: 'unsupported',
  rate_limited: 'rate_limited',
  idempotency_key_missing: 'invalid',
  // Core words "a duplicate in flight" as a conflict: the first request decides.
  idempotency_in_flight: 'conflict',
  idempotency_mismatch: 'invalid',
  conflict: 'conflict',
  unsupported: 'unsupported',
  unavailable: 'server',
  internal: 'server',
};

/**
 * The kind of failure an HTTP answer means: the server's own code when it
 * sent a valid error body, else the status alone (a proxy or load balancer
 * answered, not our server).
 */
export function codeForAnswer(status: number, wireCode: ErrorCode | undefined): BackendErrorCode {
  if (wireCode !== undefined) return BY_WIRE_CODE[wireCode];
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 404 || status === 410) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'too_large';
  if (status === 429) return 'rate_limited';
  if (status === 501) return 'unsupported';
  if (status === 408 || status >= 500) return 'server';
  if (status >= 400) return 'invalid';
  return 'server';
}
