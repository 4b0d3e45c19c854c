import type { DiagnosticResult } from '@destek/protocol';
import type { DiagnosticCheck } from './DiagnosticCheck.ts';

const STATUS = { ok: 'ok', info: 'unknown', warn: 'warn', fail: 'fail' } as const;

/**
 * The checks as the protocol's `DiagnosticResult`s, for attaching to a
 * report: `info` (could not tell) becomes `unknown`; the value is cut to the
 * wire's 200 characters. Fix codes stay on the client (agents see the value).
 */
export function toDiagnosticResults(checks: readonly DiagnosticCheck[]): DiagnosticResult[] {
  return checks.map((check) => {
    const result: DiagnosticResult = { id: check.id, status: STATUS[check.severity] };
    if (check.value !== undefined && check.value.trim() !== '') {
      result.value = check.value.replace(/\s+/g, ' ').trim().slice(0, 200);
    }
    return result;
  });
}
