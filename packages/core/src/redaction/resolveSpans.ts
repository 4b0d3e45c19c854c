import type { Span } from './Span.ts';

/**
 * The candidates sorted by position without overlaps: of two overlapping
 * spans the one starting first (or, at the same start, the longer) wins.
 */
export function resolveSpans(candidates: readonly Span[]): Span[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  let lastEnd = -1;
  for (const span of sorted) {
    if (span.start < lastEnd || span.end <= span.start) continue;
    kept.push(span);
    lastEnd = span.end;
  }
  return kept;
}
