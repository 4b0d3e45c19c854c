import { describe, expect, it } from 'vitest';
import { readImageHeader } from '../src/files/readImageHeader.ts';
import { gifHeader, jpegHead, webpHead, whitePng } from './support/imageBytes.ts';

const blob = (bytes: Uint8Array<ArrayBuffer>, type = '') => new Blob([bytes], { type });

describe('readImageHeader', () => {
  it('reads a PNG size from its header', async () => {
    expect(await readImageHeader(blob(whitePng(640, 360)))).toEqual({
      type: 'image/png',
      width: 640,
      height: 360,
    });
  });

  it('reads a 20000×20000 PNG from its first bytes', async () => {
    const huge = blob(whitePng(20000, 20000));
    expect(huge.size).toBeLessThan(200_000);
    expect(await readImageHeader(huge)).toMatchObject({ width: 20000, height: 20000 });
  });

  it('walks a JPEG past its EXIF segment to the frame size', async () => {
    expect(await readImageHeader(blob(jpegHead(4000, 3000, 1)))).toEqual({
      type: 'image/jpeg',
      width: 4000,
      height: 3000,
    });
  });

  it('gives a phone photo held upright (EXIF orientation 6) its displayed size', async () => {
    expect(await readImageHeader(blob(jpegHead(4000, 3000, 6)))).toMatchObject({
      width: 3000,
      height: 4000,
    });
  });

  it.each(['VP8 ', 'VP8L', 'VP8X'] as const)('reads a %s WebP size', async (kind) => {
    expect(await readImageHeader(blob(webpHead(kind, 1500, 900)))).toEqual({
      type: 'image/webp',
      width: 1500,
      height: 900,
    });
  });

  it('knows a GIF', async () => {
    expect(await readImageHeader(blob(gifHeader(10, 20)))).toEqual({
      type: 'image/gif',
      width: 10,
      height: 20,
    });
  });

  it('says null for an HTML page, whatever it is called or claims', async () => {
    const page = new TextEncoder().encode('<!doctype html><script>alert(1)</script>');
    expect(await readImageHeader(blob(page, 'image/png'))).toBeNull();
  });
});
