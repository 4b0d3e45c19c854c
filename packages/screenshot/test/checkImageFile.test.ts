import { describe, expect, it } from 'vitest';
import { checkImageFile } from '../src/files/checkImageFile.ts';
import { gifHeader, whitePng } from './support/imageBytes.ts';

const MB = 1024 * 1024;

describe('checkImageFile', () => {
  it('accepts a PNG with its real type and size', async () => {
    const file = new File([whitePng(800, 600)], 'shot.png', { type: 'image/png' });
    expect(await checkImageFile(file)).toEqual({
      ok: true,
      type: 'image/png',
      width: 800,
      height: 600,
    });
  });

  it('refuses an HTML page named .png as the wrong type', async () => {
    const file = new File(['<html><body>hi</body></html>'], 'invoice.png', { type: 'image/png' });
    expect(await checkImageFile(file)).toEqual({
      ok: false,
      rejection: { name: 'invoice.png', code: 'type' },
    });
  });

  it('refuses a 50 MB image as too large, naming the 25 MB limit', async () => {
    const head = whitePng(100, 100);
    const file = new File([head, new Uint8Array(50 * MB)], 'camera.png', { type: 'image/png' });
    expect(await checkImageFile(file)).toEqual({
      ok: false,
      rejection: { name: 'camera.png', code: 'too_large', limit: 25 * MB },
    });
  });

  it('refuses a 20000×20000 PNG from its header, naming the pixel limit', async () => {
    const file = new File([whitePng(20000, 20000)], 'poster.png', { type: 'image/png' });
    expect(await checkImageFile(file)).toEqual({
      ok: false,
      rejection: { name: 'poster.png', code: 'too_many_pixels', limit: 40_000_000 },
    });
  });

  it('refuses a GIF, whose other frames the editor could not redact', async () => {
    const file = new File([gifHeader(320, 200)], 'loop.gif', { type: 'image/gif' });
    expect(await checkImageFile(file)).toEqual({
      ok: false,
      rejection: { name: 'loop.gif', code: 'type' },
    });
  });

  it('refuses an empty file', async () => {
    expect(await checkImageFile(new File([], 'nothing.png'))).toEqual({
      ok: false,
      rejection: { name: 'nothing.png', code: 'empty' },
    });
  });

  it('applies tighter limits when given', async () => {
    const file = new File([whitePng(3000, 3000)], 'big.png', { type: 'image/png' });
    expect(await checkImageFile(file, { maxPixels: 4_000_000 })).toMatchObject({
      rejection: { code: 'too_many_pixels', limit: 4_000_000 },
    });
  });
});
