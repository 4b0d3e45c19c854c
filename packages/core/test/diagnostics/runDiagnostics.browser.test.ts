import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/resolveConfig.ts';
import { checkIndexedDb } from '../../src/diagnostics/checkIndexedDb.ts';
import { runDiagnostics } from '../../src/diagnostics/runDiagnostics.ts';
import { plainBackend } from '../support/plainBackend.ts';

describe('diagnostics in Chromium', () => {
  it('opens a real IndexedDB database and cleans up after itself', async () => {
    expect(await checkIndexedDb(indexedDB)).toEqual({
      id: 'indexeddb',
      severity: 'ok',
      fix: null,
      value: 'available',
    });
    const names = (await indexedDB.databases()).map((db) => db.name);
    expect(names).not.toContain('destek-probe');
  });

  it('reports IndexedDB as unavailable when opening fails', async () => {
    // Chromium refuses a version of 0 synchronously, as private modes refuse any open.
    const refusing = {
      open: (name: string) => indexedDB.open(name, 0),
      deleteDatabase: (name: string) => indexedDB.deleteDatabase(name),
    };
    expect(await checkIndexedDb(refusing)).toMatchObject({
      severity: 'warn',
      fix: 'enable_storage',
      value: 'TypeError',
    });
  });

  it('finds a supported, online browser with storage and cookies', async () => {
    const checks = await runDiagnostics(resolveConfig({ backend: plainBackend() }));
    const severity = Object.fromEntries(checks.map((c) => [c.id, c.severity]));
    expect(severity).toEqual({
      online: 'ok',
      backend: 'ok',
      latency: 'ok',
      'clock-skew': 'ok',
      indexeddb: 'ok',
      cookies: 'ok',
      'app-version': 'info',
      browser: 'ok',
    });
  });
});
