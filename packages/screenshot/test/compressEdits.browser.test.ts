import { isDestekError } from '@destek/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compressEdits } from '../src/compress/compressEdits.ts';
import { decodeImage } from '../src/files/decodeImage.ts';
import { readImageHeader } from '../src/files/readImageHeader.ts';
import { withExif } from './support/jpegHead.ts';
import { offColour, pixelsOf, quarters } from './support/pixels.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A screenshot-like canvas: lines of text over a white page, 3840×2160. */
function textPage(): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = 3840;
  canvas.height = 2160;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D context');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, 3840, 2160);
  context.fillStyle = '#222';
  context.font = '28px sans-serif';
  for (let y = 40; y < 2160; y += 44) {
    context.fillText(
      `Line ${y}: the payment failed with PMT-105 after the code was entered twice.`,
      40,
      y,
    );
  }
  return canvas;
}

describe('compressEdits', () => {
  it('makes a 4K capture a WebP of at most 1920 pixels and 400 KB, in a worker', async () => {
    const started: string[] = [];
    const failed: string[] = [];
    const RealWorker = Worker;
    vi.stubGlobal(
      'Worker',
      class extends RealWorker {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          started.push(String(url));
          this.addEventListener('error', () => failed.push(String(url)));
        }
      },
    );
    const blob = await compressEdits(textPage(), { crop: null, boxes: [] });
    expect(started).toEqual([expect.stringContaining('compressWorker')]);
    expect(failed).toEqual([]);
    expect(blob.type).toBe('image/webp');
    expect(blob.size).toBeLessThanOrEqual(400_000);
    const bitmap = await createImageBitmap(blob);
    expect([bitmap.width, bitmap.height]).toEqual([1920, 1080]);
  }, 60_000);

  it('burns redactions into the compressed pixels', async () => {
    const source = quarters(800, 400);
    const blob = await compressEdits(source, {
      crop: null,
      boxes: [{ kind: 'redact', x: 340, y: 140, width: 120, height: 120 }],
    });
    const image = await pixelsOf(blob);
    // The lime square (350-450, 150-250) is under the box: black, give or take codec noise.
    expect(offColour(image, { x: 350, y: 150, width: 100, height: 100 }, [0, 0, 0], 12)).toBe(0);
  }, 60_000);

  it("leaves none of a photo's EXIF (camera, place) in the result, and keeps it upright", async () => {
    const plain = await new Promise<Blob | null>((done) =>
      quarters(640, 480).toBlob(done, 'image/jpeg'),
    );
    if (!plain) throw new Error('no JPEG');
    // Orientation 6: stored sideways, shown turned a quarter clockwise.
    const photo = await withExif(plain, 6);
    expect(new TextDecoder('latin1').decode(await photo.arrayBuffer())).toContain('DestekCam');
    const header = await readImageHeader(photo);
    expect(header).toMatchObject({ width: 480, height: 640 });
    const decoded = header && (await decodeImage(photo, header));
    if (!decoded) throw new Error('did not decode');
    const blob = await compressEdits(decoded, { crop: null, boxes: [] });
    const text = new TextDecoder('latin1').decode(await blob.arrayBuffer());
    expect(text).not.toContain('DestekCam');
    expect(text).not.toContain('Exif');
    const bitmap = await createImageBitmap(blob);
    expect([bitmap.width, bitmap.height]).toEqual([480, 640]);
  }, 60_000);

  it('compresses on the page when no worker may start (a strict CSP)', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('blocked by Content Security Policy', 'SecurityError');
        }
      },
    );
    const blob = await compressEdits(quarters(800, 400), {
      crop: { x: 0, y: 0, width: 400, height: 200 },
      boxes: [],
    });
    expect(blob.type).toBe('image/webp');
    const bitmap = await createImageBitmap(blob);
    expect([bitmap.width, bitmap.height]).toEqual([400, 200]);
  }, 60_000);

  it('rejects with compress_failed when the image cannot be drawn', async () => {
    const broken = document.createElement('canvas');
    broken.width = 0;
    let caught: unknown;
    try {
      await compressEdits(broken, { crop: null, boxes: [] });
    } catch (error) {
      caught = error;
    }
    expect(isDestekError(caught, 'compress_failed')).toBe(true);
  }, 60_000);
});
