import { MASK_FILL } from '../defaults.ts';
import type { Rect } from '../edit/Rect.ts';

/** Anything with a 2D context: a canvas on the page or in a worker. */
export interface DrawingSurface {
  getContext(kind: '2d'): CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
}

/**
 * Fills `rects` opaquely into the canvas's pixels: the masked content is gone
 * from the image, not covered by something a later step could remove. Never a
 * blur, which can be reversed. Composite mode and alpha are reset first, so a
 * caller's drawing state cannot make the fill translucent.
 */
export function burnMasks(canvas: DrawingSurface, rects: readonly Rect[]): void {
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Destek: no 2D context to burn masks into');
  context.save();
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.globalAlpha = 1;
  context.globalCompositeOperation = 'source-over';
  context.filter = 'none';
  context.fillStyle = MASK_FILL;
  for (const rect of rects) context.fillRect(rect.x, rect.y, rect.width, rect.height);
  context.restore();
}
