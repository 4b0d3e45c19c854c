import type {
  DiagnosticCheck,
  DiagnosticFix,
  DiagnosticId,
} from '../diagnostics/DiagnosticCheck.ts';

/**
 * One check as a person reads it: fine, a problem (with what to do), or
 * could not be checked. The numbers a sentence needs come worked out, so a
 * UI words them ("your device clock is 4 minutes ahead") without arithmetic.
 */
export interface CheckDescription {
  readonly id: DiagnosticId;
  readonly outcome: 'ok' | 'problem' | 'unknown';
  /** What the user can do; null when there is nothing to do. */
  readonly fix: DiagnosticFix | null;
  /** `clock-skew`: whole minutes the device clock is off, at least 1. */
  readonly minutes?: number;
  /** `clock-skew`: the device clock is ahead of the server's (else behind). */
  readonly ahead?: boolean;
  /** `latency`: the round trip in seconds, to one decimal. */
  readonly seconds?: number;
}

const OUTCOME = { ok: 'ok', info: 'unknown', warn: 'problem', fail: 'problem' } as const;
const ORDER = { problem: 0, unknown: 1, ok: 2 } as const;

/**
 * The checks of `runDiagnostics` for people: problems first (what they came
 * for), then the ones that could not be checked, then the fine ones; each
 * group in the checks' own order.
 */
export function describeChecks(checks: readonly DiagnosticCheck[]): CheckDescription[] {
  return checks
    .map((check): CheckDescription => {
      const measured = check.measured;
      const described = { id: check.id, outcome: OUTCOME[check.severity], fix: check.fix };
      if (measured === undefined) return described;
      if (check.id === 'clock-skew') {
        const minutes = Math.max(1, Math.round(Math.abs(measured) / 60_000));
        return { ...described, minutes, ahead: measured > 0 };
      }
      return check.id === 'latency'
        ? { ...described, seconds: Math.round(measured / 100) / 10 }
        : described;
    })
    .sort((a, b) => ORDER[a.outcome] - ORDER[b.outcome]);
}
