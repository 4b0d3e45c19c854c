import { FULL_CAPABILITIES, siteKeySchema, validate } from '@destek/protocol';
import { type BackendCapabilities, ConfigError } from './coreImports.ts';

/** How to reach a Destek reference server. */
export interface HttpBackendOptions {
  /** The server's base URL, such as `https://support.example.com` (routes live under `/v1`). */
  server: string;
  /** The public site key (`pk_…`) the server knows this site by. */
  siteKey: string;
  /** The fetch to use, e.g. one that adds tracing. @default globalThis.fetch */
  fetch?: typeof fetch;
  /** How long a JSON call may take before it fails as `offline`. @default 15000 */
  timeoutMs?: number;
  /** How long a file upload may take. @default 120000 */
  uploadTimeoutMs?: number;
  /**
   * Makes the XMLHttpRequest uploads go through; `null` uploads with fetch
   * (progress only at the start and end).
   * @default () => new XMLHttpRequest(), or null where there is none (Node, service workers)
   */
  createXhr?: (() => XMLHttpRequest) | null;
  /**
   * When an event stream sends no byte for this long after opening, a proxy is
   * probably buffering it: switch to long polling. @default 10000
   */
  streamStallMs?: number;
  /**
   * When an open stream has been silent this long (no event, no heartbeat),
   * the connection is taken for dead and replaced. @default 45000
   */
  streamIdleMs?: number;
  /** How long the server may hold a long poll open, in whole seconds, at most 30. @default 25 */
  longPollWaitSec?: number;
  /** The first reconnect delay of the live stream; it doubles up to `retryMaxMs`. @default 1000 */
  retryMinMs?: number;
  /** The longest reconnect delay of the live stream. @default 30000 */
  retryMaxMs?: number;
  /**
   * What to assume before `connect()` answers; the session's capabilities
   * replace it. @default every capability on (the reference server's)
   */
  capabilities?: Partial<BackendCapabilities>;
}

/** {@link HttpBackendOptions} with every default filled in. */
export interface ResolvedHttpOptions {
  /** `…/v1/`, always ending in a slash. */
  apiBase: string;
  siteKey: string;
  fetch: typeof fetch;
  timeoutMs: number;
  uploadTimeoutMs: number;
  createXhr: (() => XMLHttpRequest) | null;
  streamStallMs: number;
  streamIdleMs: number;
  longPollWaitSec: number;
  retryMinMs: number;
  retryMaxMs: number;
  capabilities: BackendCapabilities;
}

function positive(path: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new ConfigError(path, 'a positive number');
  return value;
}

// The reference server holds a long poll for at most 30 s, in whole seconds.
function longPollWait(value: number | undefined): number {
  if (value === undefined) return 25;
  if (!Number.isInteger(value) || value < 1 || value > 30)
    throw new ConfigError('longPollWaitSec', 'a whole number from 1 to 30');
  return value;
}

/**
 * Checks the options and fills in the defaults, once: nothing past this
 * point handles "maybe undefined". Throws `ConfigError` naming a bad option.
 */
export function resolveHttpOptions(options: HttpBackendOptions): ResolvedHttpOptions {
  let url: URL | undefined;
  try {
    url = new URL(options.server);
  } catch {}
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash) {
    throw new ConfigError('server', 'an http(s) base URL such as "https://support.example.com"');
  }
  if (!validate(siteKeySchema, options.siteKey).ok) {
    throw new ConfigError('siteKey', 'a site key such as "pk_live_1234abcd"');
  }
  return {
    apiBase: `${options.server.replace(/\/+$/, '')}/v1/`,
    siteKey: options.siteKey,
    // Bound late, so a test or polyfill that replaces globalThis.fetch is seen.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeoutMs: positive('timeoutMs', options.timeoutMs, 15_000),
    uploadTimeoutMs: positive('uploadTimeoutMs', options.uploadTimeoutMs, 120_000),
    createXhr:
      options.createXhr !== undefined
        ? options.createXhr
        : typeof XMLHttpRequest === 'function'
          ? () => new XMLHttpRequest()
          : null,
    streamStallMs: positive('streamStallMs', options.streamStallMs, 10_000),
    streamIdleMs: positive('streamIdleMs', options.streamIdleMs, 45_000),
    longPollWaitSec: longPollWait(options.longPollWaitSec),
    retryMinMs: positive('retryMinMs', options.retryMinMs, 1000),
    retryMaxMs: positive('retryMaxMs', options.retryMaxMs, 30_000),
    capabilities: { ...FULL_CAPABILITIES, ...options.capabilities },
  };
}
