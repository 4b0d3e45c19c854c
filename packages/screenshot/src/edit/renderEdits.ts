import { HIGHLIGHT_STROKE } from '../defaults.ts';
import { burnMasks, type DrawingSurface } from '../masks/burnMasks.ts';
import type { Edits } from './Edits.ts';
import type { Rect } from './Rect.ts';

/**
 * Draws the finished image into `canvas` (already sized to the output): the
 * crop of `source` (`size` pixels; a `VideoFrame` has no `width`) scaled to fit, highlight outlines, then redaction boxes
 * burned in opaquely, last, so nothing is ever drawn over a redaction. Box
 * edges are rounded outwards: a redaction covers at least what the user drew.
 */
export function renderEdits(
  canvas: DrawingSurface & { readonly width: number; readonly height: number },
  source: CanvasImageSource,
  size: { readonly width: number; readonly height: number },
  edits: Edits,
): void {
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Destek: no 2D context to draw the screenshot into');
  const crop = edits.crop ?? { x: 0, y: 0, width: size.width, height: size.height };
  const scale = canvas.width / crop.width;
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(
    source,
    crop.x,
    crop.y,
    crop.width,
    crop.height,
    0,
    0,
    canvas.width,
    canvas.height,
  );
  const place = (box: Rect): Rect => {
    const x = Math.floor((box.x - crop.x) * scale);
    const y = Math.floor((box.y - crop.y) * scale);
    return {
      x,
      y,
      width: Math.ceil((box.x - crop.x + box.width) * scale) - x,
      height: Math.ceil((box.y - crop.y + box.height) * scale) - y,
    };
  };
  const line = Math.max(2, Math.round(Math.max(canvas.width, canvas.height) / 400));
  context.strokeStyle = HIGHLIGHT_STROKE;
  context.lineWidth = line;
  for (const box of edits.boxes) {
    if (box.kind !== 'highlight') continue;
    const at = place(box);
    context.strokeRect(at.x + line / 2, at.y + line / 2, at.width - line, at.height - line);
  }
  burnMasks(canvas, edits.boxes.filter((box) => box.kind === 'redact').map(place));
}
