import type { Rect } from '@destek/screenshot';

/** A box in the editor: a redaction or a highlight, in the image's pixels, with an id for focus and keys. */
export interface EditorBox extends Rect {
  readonly id: number;
  readonly kind: 'redact' | 'highlight';
}

/** One step of the editor's history: what undo goes back through. */
export interface EditorState {
  readonly crop: Rect | null;
  readonly boxes: readonly EditorBox[];
}

/** A point in the image's pixels. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** The rectangle spanned by two corners, kept inside `bounds`. */
export function rectBetween(a: Point, b: Point, bounds: Rect): Rect {
  const x1 = clamp(Math.min(a.x, b.x), bounds.x, bounds.x + bounds.width);
  const y1 = clamp(Math.min(a.y, b.y), bounds.y, bounds.y + bounds.height);
  const x2 = clamp(Math.max(a.x, b.x), bounds.x, bounds.x + bounds.width);
  const y2 = clamp(Math.max(a.y, b.y), bounds.y, bounds.y + bounds.height);
  return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}

/** `rect` moved by (dx, dy), stopped at the edges of `bounds`. */
export function moveRect(rect: Rect, dx: number, dy: number, bounds: Rect): Rect {
  return {
    ...rect,
    x: clamp(rect.x + dx, bounds.x, bounds.x + bounds.width - rect.width),
    y: clamp(rect.y + dy, bounds.y, bounds.y + bounds.height - rect.height),
  };
}

/** `rect` with its right and bottom edges moved, at least `min` wide and high, inside `bounds`. */
export function resizeRect(rect: Rect, dw: number, dh: number, bounds: Rect, min: number): Rect {
  return {
    ...rect,
    width: clamp(rect.width + dw, min, bounds.x + bounds.width - rect.x),
    height: clamp(rect.height + dh, min, bounds.y + bounds.height - rect.y),
  };
}

/** A box of `share` of `bounds` in its middle: where a box added from the toolbar starts. */
export function centredRect(bounds: Rect, share: number): Rect {
  const width = Math.round(bounds.width * share);
  const height = Math.round(bounds.height * share * 0.5);
  return {
    x: Math.round(bounds.x + (bounds.width - width) / 2),
    y: Math.round(bounds.y + (bounds.height - height) / 2),
    width,
    height,
  };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}
