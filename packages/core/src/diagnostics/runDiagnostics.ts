import type { Platform } from '../config/Platform.ts';
import type { ResolvedConfig } from '../config/ResolvedConfig.ts';
import { checkAppVersion } from './checkAppVersion.ts';
import { checkBackend } from './checkBackend.ts';
import { checkBrowserSupport } from './checkBrowserSupport.ts';
import { checkCookies } from './checkCookies.ts';
import { checkIndexedDb } from './checkIndexedDb.ts';
import { checkOnline } from './checkOnline.ts';
import { DIAGNOSTIC_IDS, type DiagnosticCheck, type DiagnosticId } from './DiagnosticCheck.ts';
import { withTimeout } from './withTimeout.ts';

/** What the checks read, when not the config's own. */
export interface DiagnosticsDeps {
  /** @default config.platform */
  platform?: Platform;
  /**
   * The `backend`, `latency` and `clock-skew` checks as measured earlier (see
   * `checkBackend`), used instead of a new round trip; `null` when none
   * finished, which reports them `unknown`. Sending a report passes this, so
   * no request stands between Send and the outbox.
   * @default a new `status()` round trip
   */
  backendChecks?: readonly DiagnosticCheck[] | null;
}

const BACKEND_IDS = ['backend', 'latency', 'clock-skew'] as const;

function unknown(id: DiagnosticId): DiagnosticCheck {
  return { id, severity: 'info', fix: null, value: 'unknown' };
}

/** Runs one check; a throw or an overrun becomes an `info` result instead. */
async function safely(
  ids: readonly DiagnosticId[],
  timeoutMs: number,
  run: () => DiagnosticCheck[] | Promise<DiagnosticCheck[]>,
): Promise<DiagnosticCheck[]> {
  const fallback = ids.map(unknown);
  try {
    return await withTimeout(async () => run(), timeoutMs, fallback);
  } catch {
    return fallback;
  }
}

/**
 * Runs every self-check in parallel and returns them in {@link DIAGNOSTIC_IDS}
 * order: online state, backend reachable, latency and clock skew (one
 * `status()` call), IndexedDB (a real open), cookies, app version against
 * `app.latestVersion`, and browser support. Each check is bounded by
 * `diagnostics.timeoutMs`, and the whole never rejects.
 */
export async function runDiagnostics(
  config: ResolvedConfig,
  deps: DiagnosticsDeps = {},
): Promise<DiagnosticCheck[]> {
  const platform = deps.platform ?? config.platform;
  const limit = config.diagnostics.timeoutMs;
  // The backend check has its own timeout; the outer bound only catches a check that misbehaves.
  const groups = await Promise.all([
    safely(['online'], limit, () => [checkOnline(platform)]),
    deps.backendChecks === undefined
      ? safely(BACKEND_IDS, limit + 100, () =>
          checkBackend(config.backend, config, platform.navigator?.onLine),
        )
      : (deps.backendChecks ?? BACKEND_IDS.map(unknown)),
    safely(['indexeddb'], limit, async () => [await checkIndexedDb(platform.indexedDB)]),
    safely(['cookies'], limit, () => [checkCookies(platform)]),
    safely(['app-version'], limit, () => [checkAppVersion(config.app)]),
    safely(['browser'], limit, () => [checkBrowserSupport(platform)]),
  ]);
  const byId = new Map(groups.flat().map((check) => [check.id, check]));
  return DIAGNOSTIC_IDS.map((id) => byId.get(id) ?? unknown(id));
}
