import { ERROR_STATUS, type ErrorCode, errorBody } from '@destek/protocol';

/**
 * An error answer on its way out: thrown anywhere in a route, turned into the
 * protocol's error body with the status that goes with its code.
 */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly retryAfterMs: number | undefined;
  /** The body was left unread: the connection must close after the answer. */
  readonly closeConnection: boolean;

  constructor(
    code: ErrorCode,
    message: string,
    extra: { field?: string; retryAfterMs?: number; closeConnection?: boolean } = {},
  ) {
    super(message);
    this.code = code;
    this.field = extra.field;
    this.retryAfterMs = extra.retryAfterMs;
    this.closeConnection = extra.closeConnection ?? false;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  /** The JSON answer, with `Retry-After` when the code says when to come back. */
  toResponse(extraHeaders: Record<string, string> = {}): Response {
    const extra: { field?: string; retryAfterMs?: number } = {};
    if (this.field !== undefined) extra.field = this.field;
    if (this.retryAfterMs !== undefined) extra.retryAfterMs = this.retryAfterMs;
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      ...extraHeaders,
    };
    if (this.closeConnection) headers.connection = 'close';
    if (this.retryAfterMs !== undefined)
      headers['retry-after'] = String(Math.max(1, Math.ceil(this.retryAfterMs / 1000)));
    return new Response(JSON.stringify(errorBody(this.code, this.message, extra)), {
      status: this.status,
      headers,
    });
  }
}

/** Shorthand for the common "not yours or not there" answer. */
export function notFound(): ApiError {
  return new ApiError('not_found', 'Nothing here');
}
