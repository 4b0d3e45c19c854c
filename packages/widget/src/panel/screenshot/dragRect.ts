import type { Rect } from '@destek/screenshot';
import { moveRect, type Point, rectBetween, resizeRect } from './editGeometry.ts';

/** A pointer drag on the picture: drawing a new box, or moving or resizing one. */
export interface DragSession {
  readonly mode: 'draw' | 'move' | 'resize';
  /** Which box (or the crop area) is dragged; `null` while drawing a new one. */
  readonly id: number | 'crop' | null;
  readonly pointerId: number;
  /** Where the pointer went down, in image pixels. */
  readonly start: Point;
  /** The box as it was when the drag began. */
  readonly origin: Rect | null;
}

/** The rectangle a drag has made so far, with the pointer at `point`. */
export function dragRect(session: DragSession, point: Point, bounds: Rect, min: number): Rect {
  const dx = point.x - session.start.x;
  const dy = point.y - session.start.y;
  if (session.mode === 'draw' || !session.origin) return rectBetween(session.start, point, bounds);
  if (session.mode === 'move') return moveRect(session.origin, dx, dy, bounds);
  return resizeRect(session.origin, dx, dy, bounds, min);
}

/** The pointer's position in image pixels, given the part of the image the stage shows. */
export function pointOnImage(
  stage: Element,
  region: Rect,
  event: { clientX: number; clientY: number },
): Point {
  const box = stage.getBoundingClientRect();
  return {
    x: region.x + ((event.clientX - box.left) / Math.max(1, box.width)) * region.width,
    y: region.y + ((event.clientY - box.top) / Math.max(1, box.height)) * region.height,
  };
}
