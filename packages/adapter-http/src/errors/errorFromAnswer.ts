import { type ErrorCode, errorBodySchema, validate } from '@destek/protocol';
import { BackendError, DEFAULT_RETRY_AFTER_MS, parseRetryAfter } from '../coreImports.ts';
import { codeForAnswer } from './codeForAnswer.ts';

/** An HTTP answer reduced to what error mapping needs, from fetch or XMLHttpRequest alike. */
export interface HttpAnswer {
  status: number;
  /** The raw `Retry-After` header, if any. */
  retryAfter: string | null;
  /** The body as text; empty when there was none or it could not be read. */
  body: string;
}

function parseErrorBody(body: string) {
  try {
    const checked = validate(errorBodySchema, JSON.parse(body));
    return checked.ok ? checked.value.error : undefined;
  } catch {
    return undefined;
  }
}

/** Turns a non-2xx answer into the {@link BackendError} callers branch on. */
export function errorFromAnswer(answer: HttpAnswer, now: number = Date.now()): BackendError {
  const wire = parseErrorBody(answer.body);
  const wireCode: ErrorCode | undefined = wire?.code;
  const code = codeForAnswer(answer.status, wireCode);
  // A header that is there but unreadable means a minute (core's rule); a 429
  // without any wait named means a minute too: retrying at once is refused again.
  let retryAfterMs =
    wire?.retryAfterMs ??
    (answer.retryAfter === null ? undefined : parseRetryAfter(answer.retryAfter, now));
  if (retryAfterMs === undefined && code === 'rate_limited') retryAfterMs = DEFAULT_RETRY_AFTER_MS;
  const message = wire?.message ?? `The server answered HTTP ${answer.status}`;
  return new BackendError(code, message, {
    status: answer.status,
    ...(wireCode === undefined ? {} : { wireCode }),
    ...(wire?.field === undefined ? {} : { field: wire.field }),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}
