import type { RedactionKind } from './RedactionKind.ts';

/** A found secret: the half-open range `[start, end)` to replace with the kind's marker. */
export interface Span {
  start: number;
  end: number;
  kind: RedactionKind;
}
