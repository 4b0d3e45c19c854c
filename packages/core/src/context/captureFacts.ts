import type { ContextFact } from '@destek/protocol';
import type { CaptureSnapshot, ErrorEntry, RequestEntry } from './CapturedEntry.ts';

function describeError(entry: ErrorEntry): string {
  const where = entry.source ? ` @ ${entry.source}` : '';
  return `${entry.kind === 'rejection' ? 'unhandled rejection' : 'uncaught'}: ${entry.message}${where}`;
}

function describeRequest(entry: RequestEntry): string {
  const outcome = entry.status === null ? (entry.error ?? 'failed') : String(entry.status);
  return `${entry.method} ${entry.url} → ${outcome} (${Math.round(entry.durationMs)} ms)`;
}

/**
 * The capture rings as context facts (`console.1`, `error.1`, `request.1`...,
 * oldest first), at most `budget` of them: a report holds a bounded number of
 * facts, so when the rings hold more, the newest entries of each ring are
 * kept, shared out in turn between the rings.
 */
export function captureFacts(snapshot: CaptureSnapshot, budget: number): ContextFact[] {
  const rings: Array<[string, string[]]> = [
    ['error', snapshot.errors.map(describeError)],
    ['request', snapshot.requests.map(describeRequest)],
    ['console', snapshot.console.map((entry) => entry.message)],
  ];
  const take = rings.map(() => 0);
  let left = Math.max(0, budget);
  // Round-robin, so one noisy ring cannot crowd out the others.
  while (left > 0 && rings.some(([, lines], i) => (take[i] ?? 0) < lines.length)) {
    rings.forEach(([, lines], i) => {
      if (left > 0 && (take[i] ?? 0) < lines.length) {
        take[i] = (take[i] ?? 0) + 1;
        left -= 1;
      }
    });
  }
  return rings.flatMap(([name, lines], i) =>
    lines
      .slice(lines.length - (take[i] ?? 0))
      .map((value, n) => ({ key: `${name}.${n + 1}`, value })),
  );
}
