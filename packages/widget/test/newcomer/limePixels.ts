import type { Page } from 'playwright-core';

/** The colour the owner's page gives what must never leave it (a password field). */
export const LIME = '#00ff00';

/**
 * How many pixels of an image (PNG, WebP, JPEG bytes) are lime, and its size,
 * decoded by Chromium in `page`.
 */
export function limePixels(
  page: Page,
  image: Buffer,
): Promise<{ width: number; height: number; lime: number }> {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes]));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let lime = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const [r, g, b] = [pixels[i] ?? 0, pixels[i + 1] ?? 0, pixels[i + 2] ?? 0];
      if (g > 160 && r < 120 && b < 120) lime++;
    }
    return { width: bitmap.width, height: bitmap.height, lime };
  }, image.toString('base64'));
}
