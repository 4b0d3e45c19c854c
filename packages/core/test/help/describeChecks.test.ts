import { describe, expect, it } from 'vitest';
import type { DiagnosticCheck } from '../../src/diagnostics/DiagnosticCheck.ts';
import { describeChecks } from '../../src/help/describeChecks.ts';

const checks: DiagnosticCheck[] = [
  { id: 'online', severity: 'ok', fix: null, value: 'online' },
  { id: 'backend', severity: 'ok', fix: null, value: 'reachable' },
  { id: 'latency', severity: 'warn', fix: 'check_connection', value: '2380 ms', measured: 2380 },
  { id: 'clock-skew', severity: 'warn', fix: 'fix_clock', value: '+241 s', measured: 241_000 },
  { id: 'indexeddb', severity: 'ok', fix: null, value: 'available' },
  { id: 'cookies', severity: 'info', fix: null, value: 'unknown' },
  { id: 'app-version', severity: 'warn', fix: 'update_app', value: '4.11.0 < 4.12.0' },
  { id: 'browser', severity: 'ok', fix: null, value: 'supported' },
];

describe('describeChecks', () => {
  it('puts problems first, then what could not be checked, then what is fine', () => {
    const described = describeChecks(checks);
    expect(described.map((d) => [d.id, d.outcome])).toEqual([
      ['latency', 'problem'],
      ['clock-skew', 'problem'],
      ['app-version', 'problem'],
      ['cookies', 'unknown'],
      ['online', 'ok'],
      ['backend', 'ok'],
      ['indexeddb', 'ok'],
      ['browser', 'ok'],
    ]);
  });

  it('says how many minutes the clock is off and which way, with its fix', () => {
    const clock = describeChecks(checks).find((d) => d.id === 'clock-skew');
    expect(clock).toEqual({
      id: 'clock-skew',
      outcome: 'problem',
      fix: 'fix_clock',
      minutes: 4,
      ahead: true,
    });
    const behind = describeChecks([
      { id: 'clock-skew', severity: 'warn', fix: 'fix_clock', measured: -75_000 },
    ]);
    expect(behind[0]).toMatchObject({ minutes: 1, ahead: false });
  });

  it('gives the round trip in seconds and a failed backend its fix', () => {
    expect(describeChecks(checks).find((d) => d.id === 'latency')?.seconds).toBe(2.4);
    const [backend] = describeChecks([
      { id: 'backend', severity: 'fail', fix: 'go_online', value: 'offline' },
    ]);
    expect(backend).toEqual({ id: 'backend', outcome: 'problem', fix: 'go_online' });
  });
});
