/** What an unreadable `Retry-After` means: wait a minute, as Sentry's SDK does. */
export const DEFAULT_RETRY_AFTER_MS = 60_000;

/**
 * Milliseconds to wait from a `Retry-After` header: delta-seconds (`120`) or
 * an HTTP date (`Wed, 21 Oct 2015 07:28:00 GMT`), counted from `now`. A date in
 * the past means "now" (0). Anything else, including a missing header, is
 * garbage and gives {@link DEFAULT_RETRY_AFTER_MS}.
 */
export function parseRetryAfter(header: string | null | undefined, now: number): number {
  const value = header?.trim() ?? '';
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // Date.parse also reads bare numbers and odd forms; an HTTP date always names a day.
  if (/^[A-Za-z]{3},? /.test(value)) {
    const at = Date.parse(value);
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  return DEFAULT_RETRY_AFTER_MS;
}
