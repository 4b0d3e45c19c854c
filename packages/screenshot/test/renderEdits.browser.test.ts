import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_STROKE } from '../src/defaults.ts';
import { renderEdits } from '../src/edit/renderEdits.ts';
import { burnMasks } from '../src/masks/burnMasks.ts';
import { offColour, quarters } from './support/pixels.ts';

const BLACK = [0, 0, 0] as const;

function draw(width: number, height: number, run: (canvas: OffscreenCanvas) => void): ImageData {
  const canvas = new OffscreenCanvas(width, height);
  run(canvas);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D context');
  return context.getImageData(0, 0, width, height);
}

describe('burnMasks', () => {
  it('fills opaquely even when the caller left the context translucent', () => {
    const image = draw(100, 100, (canvas) => {
      const context = canvas.getContext('2d');
      if (!context) return;
      context.fillStyle = '#00ff00';
      context.fillRect(0, 0, 100, 100);
      context.globalAlpha = 0.2;
      context.globalCompositeOperation = 'lighter';
      burnMasks(canvas, [{ x: 10, y: 10, width: 30, height: 20 }]);
    });
    expect(offColour(image, { x: 10, y: 10, width: 30, height: 20 }, BLACK, 0)).toBe(0);
    expect(offColour(image, { x: 50, y: 50, width: 40, height: 40 }, [0, 255, 0], 0)).toBe(0);
  });
});

describe('renderEdits', () => {
  it('crops, scales, outlines highlights and burns redactions last', () => {
    const source = quarters(400, 200);
    // Crop the right half (the blue and grey quarters plus half the lime square), shown at half size.
    const image = draw(100, 100, (canvas) =>
      renderEdits(canvas, source, source, {
        crop: { x: 200, y: 0, width: 200, height: 200 },
        boxes: [
          { kind: 'highlight', x: 260, y: 20, width: 100, height: 60 },
          { kind: 'redact', x: 200, y: 50, width: 60, height: 100 },
          // A highlight over the redaction must not show through it.
          { kind: 'highlight', x: 200, y: 50, width: 60, height: 100 },
        ],
      }),
    );
    expect(image.width).toBe(100);
    // The redaction covers crop x 0-30, y 25-75 at half scale: all black.
    expect(offColour(image, { x: 0, y: 25, width: 30, height: 50 }, BLACK, 0)).toBe(0);
    // So the lime square's right half (crop x 0-50 → 0-25) is gone.
    let lime = 0;
    for (let i = 0; i < image.data.length; i += 4) {
      if (image.data[i] === 0 && image.data[i + 1] === 255 && image.data[i + 2] === 0) lime++;
    }
    expect(lime).toBe(0);
    // The highlight's outline is drawn; its inside keeps the picture (blue quarter).
    const stroke = [0xff, 0x2d, 0x55] as const;
    expect(HIGHLIGHT_STROKE).toBe('#ff2d55');
    expect(offColour(image, { x: 31, y: 10, width: 48, height: 1 }, stroke, 40)).toBe(0);
    expect(offColour(image, { x: 40, y: 18, width: 30, height: 15 }, [0x30, 0x50, 0xd0], 8)).toBe(
      0,
    );
  });
});
