import type { SupportBackend } from '../backend/SupportBackend.ts';
import type { ResolvedConfig } from '../config/ResolvedConfig.ts';
import type { DiagnosticCheck } from './DiagnosticCheck.ts';
import { withTimeout } from './withTimeout.ts';

type Outcome =
  | { ok: true; serverTime: number; sent: number; received: number }
  | { ok: false; reason: string };

function formatSkew(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${seconds > 0 ? '+' : ''}${seconds} s`;
}

/**
 * One `backend.status()` round trip, read three ways: is the backend
 * reachable (`backend`), how long the round trip took (`latency`), and how
 * far the device clock is from the server's (`clock-skew`, device minus
 * server, in ms). The server's time is taken as of the middle of the round
 * trip; a skew is flagged only when it exceeds the threshold by more than
 * that half round trip, so a slow network cannot fake a wrong clock.
 */
export async function checkBackend(
  backend: SupportBackend,
  config: Pick<ResolvedConfig, 'clock' | 'diagnostics'>,
  online: boolean | undefined,
): Promise<DiagnosticCheck[]> {
  const { clock, diagnostics } = config;
  const outcome = await withTimeout<Outcome>(
    async (signal) => {
      try {
        const sent = clock();
        const status = await backend.status({ signal });
        const received = clock();
        const serverTime = Date.parse(status.serverTime);
        if (Number.isNaN(serverTime)) return { ok: false, reason: 'bad answer' };
        return { ok: true, serverTime, sent, received };
      } catch (error) {
        const code =
          typeof error === 'object' && error !== null
            ? (error as { code?: unknown }).code
            : undefined;
        return { ok: false, reason: typeof code === 'string' ? code : 'error' };
      }
    },
    diagnostics.timeoutMs,
    { ok: false, reason: 'timeout' },
  );
  if (!outcome.ok) {
    return [
      {
        id: 'backend',
        severity: 'fail',
        fix: online === false ? 'go_online' : 'retry_later',
        value: outcome.reason,
      },
      { id: 'latency', severity: 'info', fix: null, value: 'unknown' },
      { id: 'clock-skew', severity: 'info', fix: null, value: 'unknown' },
    ];
  }
  const roundTrip = Math.max(0, outcome.received - outcome.sent);
  const skew = outcome.received - (outcome.serverTime + roundTrip / 2);
  const skewFlagged = Math.abs(skew) - roundTrip / 2 > diagnostics.clockSkewWarnSec * 1000;
  const slow = roundTrip > diagnostics.latencyWarnMs;
  return [
    { id: 'backend', severity: 'ok', fix: null, value: 'reachable' },
    {
      id: 'latency',
      severity: slow ? 'warn' : 'ok',
      fix: slow ? 'check_connection' : null,
      value: `${Math.round(roundTrip)} ms`,
      measured: roundTrip,
    },
    {
      id: 'clock-skew',
      severity: skewFlagged ? 'warn' : 'ok',
      fix: skewFlagged ? 'fix_clock' : null,
      value: formatSkew(skew),
      measured: Math.round(skew),
    },
  ];
}
