/** A console.error call, its arguments as redacted text. */
export interface ConsoleEntry {
  readonly kind: 'console';
  /** By the configured clock, ms since 1970. */
  readonly at: number;
  readonly message: string;
}

/** An uncaught exception (`error`) or an unhandled promise rejection (`rejection`). */
export interface ErrorEntry {
  readonly kind: 'error' | 'rejection';
  readonly at: number;
  readonly message: string;
  /** `file:line:column` of an uncaught exception, without query secrets; null when unknown. */
  readonly source: string | null;
}

/**
 * A fetch or XHR that failed: an HTTP status of 400 or above, or no answer
 * (`status` null, `error` says why). Never bodies or headers.
 */
export interface RequestEntry {
  readonly kind: 'request';
  readonly at: number;
  readonly method: string;
  /** Without credentials and secret-looking parameters. */
  readonly url: string;
  readonly status: number | null;
  readonly error: string | null;
  readonly durationMs: number;
}

/** What the capture rings hold at one moment, oldest entry first in each list. */
export interface CaptureSnapshot {
  readonly console: readonly ConsoleEntry[];
  readonly errors: readonly ErrorEntry[];
  readonly requests: readonly RequestEntry[];
}
