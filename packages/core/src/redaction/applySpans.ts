import { markerFor, type RedactionKind } from './RedactionKind.ts';
import { resolveSpans } from './resolveSpans.ts';
import type { Span } from './Span.ts';

/**
 * Replaces each span with its kind's marker and adds it to `counts`. Spans
 * that overlap an earlier one are dropped, so a detector's own candidates
 * never mask the same text twice.
 */
export function applySpans(
  text: string,
  candidates: readonly Span[],
  counts: Map<RedactionKind, number>,
): string {
  if (candidates.length === 0) return text;
  let out = '';
  let at = 0;
  for (const span of resolveSpans(candidates)) {
    out += text.slice(at, span.start) + markerFor(span.kind);
    at = span.end;
    counts.set(span.kind, (counts.get(span.kind) ?? 0) + 1);
  }
  return out + text.slice(at);
}
