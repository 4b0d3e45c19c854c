/**
 * What the user can do about a finding, as a code each locale words:
 * - `go_online`: the device has no network.
 * - `retry_later`: the support server did not answer.
 * - `check_connection`: the connection is slow.
 * - `fix_clock`: the device clock is off (one-time codes will fail); turn on automatic time.
 * - `enable_storage`: the browser refuses local storage (private mode); keep the tab open until sent.
 * - `enable_cookies`: cookies are off.
 * - `update_app`: a newer version of the app exists.
 * - `update_browser`: the browser lacks features the widget needs.
 */
export type DiagnosticFix =
  | 'go_online'
  | 'retry_later'
  | 'check_connection'
  | 'fix_clock'
  | 'enable_storage'
  | 'enable_cookies'
  | 'update_app'
  | 'update_browser';

/** The checks `runDiagnostics` runs, in this order. */
export const DIAGNOSTIC_IDS = [
  'online',
  'backend',
  'latency',
  'clock-skew',
  'indexeddb',
  'cookies',
  'app-version',
  'browser',
] as const;

export type DiagnosticId = (typeof DIAGNOSTIC_IDS)[number];

/**
 * One self-check. `ok`: fine; `info`: could not tell (nothing to fix);
 * `warn`: likely to cause trouble; `fail`: broken. `fix` is null unless the
 * user can act. `value` is short display text (`+241 s`, `320 ms`);
 * `measured` is the raw number behind it, in the unit the id implies
 * (ms for latency and clock skew).
 */
export interface DiagnosticCheck {
  readonly id: DiagnosticId;
  readonly severity: 'ok' | 'info' | 'warn' | 'fail';
  readonly fix: DiagnosticFix | null;
  readonly value?: string;
  readonly measured?: number;
}
