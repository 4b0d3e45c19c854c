import { diagnosticResultSchema, validate } from '@destek/protocol';
import { describe, expect, it } from 'vitest';
import type { Platform } from '../../src/config/Platform.ts';
import { resolveConfig } from '../../src/config/resolveConfig.ts';
import { compareVersions } from '../../src/diagnostics/compareVersions.ts';
import type { DiagnosticCheck } from '../../src/diagnostics/DiagnosticCheck.ts';
import { runDiagnostics } from '../../src/diagnostics/runDiagnostics.ts';
import { toDiagnosticResults } from '../../src/diagnostics/toDiagnosticResults.ts';
import { plainBackend } from '../support/plainBackend.ts';

const healthy: Platform = {
  navigator: { onLine: true, cookieEnabled: true },
  features: {
    fetch: true,
    promise: true,
    indexedDb: true,
    shadowDom: true,
    cssCustomProperties: true,
  },
};

function byId(checks: DiagnosticCheck[], id: string): DiagnosticCheck | undefined {
  return checks.find((check) => check.id === id);
}

describe('runDiagnostics', () => {
  it('returns every check in a fixed order', async () => {
    const config = resolveConfig({ backend: plainBackend(), platform: healthy });
    const checks = await runDiagnostics(config);
    expect(checks.map((c) => c.id)).toEqual([
      'online',
      'backend',
      'latency',
      'clock-skew',
      'indexeddb',
      'cookies',
      'app-version',
      'browser',
    ]);
    expect(byId(checks, 'online')).toEqual({
      id: 'online',
      severity: 'ok',
      fix: null,
      value: 'online',
    });
    expect(byId(checks, 'backend')?.severity).toBe('ok');
    expect(byId(checks, 'cookies')?.severity).toBe('ok');
    expect(byId(checks, 'browser')?.severity).toBe('ok');
  });

  it('flags a device clock five minutes fast with fix_clock', async () => {
    const config = resolveConfig({
      backend: plainBackend(),
      platform: healthy,
      clock: () => Date.now() + 300_000,
    });
    const skew = byId(await runDiagnostics(config), 'clock-skew');
    expect(skew).toMatchObject({ severity: 'warn', fix: 'fix_clock', value: '+300 s' });
    expect(Math.abs((skew?.measured ?? 0) - 300_000)).toBeLessThan(1000);
  });

  it('flags a clock that is behind, and not one within the threshold', async () => {
    const behind = resolveConfig({
      backend: plainBackend(),
      platform: healthy,
      clock: () => Date.now() - 90_000,
    });
    expect(byId(await runDiagnostics(behind), 'clock-skew')).toMatchObject({
      severity: 'warn',
      value: '-90 s',
    });
    const close = resolveConfig({
      backend: plainBackend(),
      platform: healthy,
      clock: () => Date.now() + 45_000,
    });
    expect(byId(await runDiagnostics(close), 'clock-skew')).toMatchObject({
      severity: 'ok',
      fix: null,
    });
  });

  it('corrects the skew by half the round trip', async () => {
    // The server stamps its time as it answers: 400 ms after the request left, 0 ms before it arrives.
    const config = resolveConfig({ backend: plainBackend({ delayMs: 400 }), platform: healthy });
    const skew = byId(await runDiagnostics(config), 'clock-skew');
    // The estimate assumes a mid-trip stamp, so it reads the server as 200 ms further on:
    // uncorrected this would be 0; corrected it is about -200 (the bound the check allows for).
    expect(skew?.measured).toBeLessThan(-150);
    expect(skew?.measured).toBeGreaterThan(-300);
    expect(skew?.severity).toBe('ok');
  });

  it('measures latency and warns when the round trip is slow', async () => {
    const config = resolveConfig({
      backend: plainBackend({ delayMs: 150 }),
      platform: healthy,
      diagnostics: { latencyWarnMs: 100 },
    });
    const latency = byId(await runDiagnostics(config), 'latency');
    expect(latency).toMatchObject({ severity: 'warn', fix: 'check_connection' });
    expect(latency?.measured).toBeGreaterThanOrEqual(140);
  });

  it('fails the backend check when the backend is unreachable, and cannot tell skew or latency', async () => {
    const config = resolveConfig({ backend: plainBackend({ offline: true }), platform: healthy });
    const checks = await runDiagnostics(config);
    expect(byId(checks, 'backend')).toEqual({
      id: 'backend',
      severity: 'fail',
      fix: 'retry_later',
      value: 'offline',
    });
    expect(byId(checks, 'latency')).toMatchObject({ severity: 'info', value: 'unknown' });
    expect(byId(checks, 'clock-skew')).toMatchObject({ severity: 'info', value: 'unknown' });
  });

  it('suggests going online when the device itself is offline', async () => {
    const offline: Platform = { ...healthy, navigator: { onLine: false } };
    const config = resolveConfig({ backend: plainBackend({ offline: true }), platform: offline });
    const checks = await runDiagnostics(config);
    expect(byId(checks, 'online')).toMatchObject({ severity: 'fail', fix: 'go_online' });
    expect(byId(checks, 'backend')).toMatchObject({ severity: 'fail', fix: 'go_online' });
  });

  it('gives up on a backend that never answers after the timeout, without throwing', async () => {
    const backend = plainBackend({ hang: true });
    const config = resolveConfig({ backend, platform: healthy, diagnostics: { timeoutMs: 100 } });
    const started = Date.now();
    const checks = await runDiagnostics(config);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(byId(checks, 'backend')).toMatchObject({ severity: 'fail', value: 'timeout' });
    expect(backend.statusCalls).toBe(1);
  });

  it('warns that the app is outdated when its version is older than the latest', async () => {
    const outdated = resolveConfig({
      backend: plainBackend(),
      platform: healthy,
      app: { version: '4.9.2', latestVersion: '4.12.0' },
    });
    expect(byId(await runDiagnostics(outdated), 'app-version')).toEqual({
      id: 'app-version',
      severity: 'warn',
      fix: 'update_app',
      value: '4.9.2 < 4.12.0',
    });
    const current = resolveConfig({
      backend: plainBackend(),
      platform: healthy,
      app: { version: '4.12.0', latestVersion: '4.12.0' },
    });
    expect(byId(await runDiagnostics(current), 'app-version')).toMatchObject({ severity: 'ok' });
  });

  it('fails an unsupported browser, naming the missing features', async () => {
    const old: Platform = {
      ...healthy,
      features: { fetch: true, promise: true, shadowDom: false, cssCustomProperties: false },
    };
    const config = resolveConfig({ backend: plainBackend(), platform: old });
    expect(byId(await runDiagnostics(config), 'browser')).toEqual({
      id: 'browser',
      severity: 'fail',
      fix: 'update_browser',
      value: 'missing: shadowDom, cssCustomProperties',
    });
  });

  it('warns about disabled cookies and missing IndexedDB, and says unknown when it cannot tell', async () => {
    const config = resolveConfig({
      backend: plainBackend(),
      platform: { navigator: { cookieEnabled: false } },
    });
    const checks = await runDiagnostics(config);
    expect(byId(checks, 'cookies')).toMatchObject({ severity: 'warn', fix: 'enable_cookies' });
    expect(byId(checks, 'indexeddb')).toMatchObject({
      severity: 'warn',
      fix: 'enable_storage',
      value: 'missing',
    });
    expect(byId(checks, 'online')).toMatchObject({ severity: 'info', value: 'unknown' });
    expect(byId(checks, 'browser')).toMatchObject({ severity: 'info', value: 'unknown' });
  });

  it('maps the checks to protocol DiagnosticResults that pass the schema', async () => {
    const config = resolveConfig({ backend: plainBackend({ offline: true }), platform: healthy });
    const results = toDiagnosticResults(await runDiagnostics(config));
    expect(results).toHaveLength(8);
    for (const result of results) expect(validate(diagnosticResultSchema, result).ok).toBe(true);
    expect(results.find((r) => r.id === 'backend')).toEqual({
      id: 'backend',
      status: 'fail',
      value: 'offline',
    });
    expect(results.find((r) => r.id === 'latency')).toEqual({
      id: 'latency',
      status: 'unknown',
      value: 'unknown',
    });
  });
});

describe('compareVersions', () => {
  it.each([
    ['4.9.2', '4.12.0', -1],
    ['4.12.0', '4.12', 0],
    ['v5.0', '4.99.99', 1],
    ['4.12.0-beta.2', '4.12.0', -1],
    ['4.12.0+812', '4.12.0', 0],
    ['10.0.0', '9.9.9', 1],
  ])('orders %s against %s as %i', (a, b, order) => {
    expect(compareVersions(a, b)).toBe(order);
  });

  it('says null for text that is not a version', () => {
    expect(compareVersions('latest', '4.12.0')).toBeNull();
  });
});
