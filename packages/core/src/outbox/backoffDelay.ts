/** Retry timing of the outbox. */
export interface BackoffOptions {
  /** The first retry waits up to this long. @default 1000 */
  baseMs?: number;
  /** No computed wait is longer than this. @default 300000 (5 minutes) */
  capMs?: number;
}

/**
 * Full-jitter exponential backoff: a uniform wait in [0, min(cap, base·2^(attempt-1))).
 * Jitter spreads retries from many clients after an outage, so they do not
 * return at the same instant (AWS Architecture Blog, "Exponential Backoff And Jitter").
 */
export function backoffDelay(
  attempt: number,
  random: () => number,
  options: BackoffOptions = {},
): number {
  const base = options.baseMs ?? 1000;
  const cap = options.capMs ?? 300_000;
  const ceiling = Math.min(cap, base * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}
