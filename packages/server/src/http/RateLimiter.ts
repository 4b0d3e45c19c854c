import { ApiError } from './ApiError.ts';

/**
 * Fixed-window counters per key. In memory: a restart forgives everyone,
 * which is acceptable for one process (see docs/server.md for the shared
 * store past one machine). Old windows are dropped as they are passed.
 */
export class RateLimiter {
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(limit: number, windowSec: number) {
    this.limit = limit;
    this.windowMs = windowSec * 1000;
  }

  /** Counts one hit for `key`; throws a 429 `rate_limited` past the limit. */
  hit(key: string, now: number): void {
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
      if (this.windows.size > 50_000) this.prune(now);
    }
    window.count += 1;
    if (window.count > this.limit) {
      throw new ApiError('rate_limited', 'Too many requests', {
        retryAfterMs: window.start + this.windowMs - now,
      });
    }
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows)
      if (now - window.start >= this.windowMs) this.windows.delete(key);
  }
}
