import type { ErrorCode } from '@destek/protocol';
import { DestekError } from './DestekError.ts';

/**
 * Why a backend call failed, in the few kinds callers branch on:
 * - `offline`: no answer at all (network down, DNS, CORS, timeout); retry.
 * - `rate_limited`: slow down for `retryAfterMs`; retry.
 * - `server`: the backend failed (5xx, 408, a garbled answer); retry.
 * - `unauthorized`: the session is missing or expired; reconnect, then retry.
 * - `too_large`: a body or file is over a limit; do not retry unchanged.
 * - `invalid`: the backend refused the input; `field` names it; do not retry unchanged.
 * - `not_found`: nothing the visitor owns is there.
 * - `conflict`: the action does not fit the current state (closed chat, duplicate in flight).
 * - `unsupported`: the backend cannot do this (see its capabilities).
 */
export type BackendErrorCode =
  | 'offline'
  | 'rate_limited'
  | 'server'
  | 'unauthorized'
  | 'too_large'
  | 'invalid'
  | 'not_found'
  | 'conflict'
  | 'unsupported';

export interface BackendErrorDetails {
  /** How long to wait before retrying, when the backend said so. */
  retryAfterMs?: number;
  /** The dotted path of the refused input (`summary`, `attachments.0`). */
  field?: string;
  /** The HTTP status, for adapters that speak HTTP. */
  status?: number;
  /** The server's own stable error code, when it sent one. */
  wireCode?: ErrorCode;
  cause?: unknown;
}

/** Codes worth retrying unchanged after a delay. */
const RETRYABLE: ReadonlySet<BackendErrorCode> = new Set(['offline', 'rate_limited', 'server']);

/** A failed call to a {@link SupportBackend}. Every adapter rejects with this and nothing else. */
export class BackendError extends DestekError {
  override name = 'BackendError';
  declare readonly code: BackendErrorCode;
  readonly retryAfterMs: number | undefined;
  readonly field: string | undefined;
  readonly status: number | undefined;
  readonly wireCode: ErrorCode | undefined;

  constructor(code: BackendErrorCode, message: string, details: BackendErrorDetails = {}) {
    super(code, message, { cause: details.cause });
    this.retryAfterMs = details.retryAfterMs;
    this.field = details.field;
    this.status = details.status;
    this.wireCode = details.wireCode;
  }

  /** True when sending the same thing again later may succeed. */
  get retryable(): boolean {
    return RETRYABLE.has(this.code);
  }
}
