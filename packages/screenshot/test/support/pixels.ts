import type { Rect } from '../../src/edit/Rect.ts';

/** Decodes an image blob to its RGBA pixels. */
export async function pixelsOf(blob: Blob): Promise<ImageData> {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D context');
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/** Pixels of `rect` (shrunk by `inset` on each side) further than `tolerance` from `rgb`, counted. */
export function offColour(
  image: ImageData,
  rect: Rect,
  rgb: readonly [number, number, number],
  tolerance: number,
  inset = 0,
): number {
  let off = 0;
  for (let y = Math.ceil(rect.y + inset); y < Math.floor(rect.y + rect.height - inset); y++) {
    for (let x = Math.ceil(rect.x + inset); x < Math.floor(rect.x + rect.width - inset); x++) {
      const i = (y * image.width + x) * 4;
      const d = Math.max(
        Math.abs((image.data[i] ?? 0) - rgb[0]),
        Math.abs((image.data[i + 1] ?? 0) - rgb[1]),
        Math.abs((image.data[i + 2] ?? 0) - rgb[2]),
      );
      if (d > tolerance) off++;
    }
  }
  return off;
}

/** A canvas of `width`×`height` in four coloured quarters, with a lime (0,255,0) square in the middle. */
export function quarters(width: number, height: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D context');
  const colours = ['#d03030', '#3050d0', '#e0c020', '#808080'];
  colours.forEach((colour, i) => {
    context.fillStyle = colour;
    context.fillRect(
      (i % 2) * (width / 2),
      Math.floor(i / 2) * (height / 2),
      width / 2,
      height / 2,
    );
  });
  context.fillStyle = '#00ff00';
  context.fillRect(width / 2 - 50, height / 2 - 50, 100, 100);
  return canvas;
}
