import { deflateSync } from 'node:zlib';

export { jpegHead } from './jpegHead.ts';

/** CRC-32 as PNG chunks use it. */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/**
 * A valid black-and-white PNG of `width`×`height`, all white. One bit per
 * pixel and deflate keep even 20000×20000 small on disk (about 60 KB); a
 * browser asked to decode it would need 1.6 GB.
 */
export function whitePng(width: number, height: number): Uint8Array<ArrayBuffer> {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale
  const row = new Uint8Array(1 + Math.ceil(width / 8)).fill(0xff);
  row[0] = 0; // filter: none
  const raw = new Uint8Array(row.length * height);
  for (let y = 0; y < height; y++) raw.set(row, y * row.length);
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The first bytes of a GIF89a of `width`×`height` (a header is all the checks read). */
export function gifHeader(width: number, height: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(13);
  out.set(new TextEncoder().encode('GIF89a'));
  new DataView(out.buffer).setUint16(6, width, true);
  new DataView(out.buffer).setUint16(8, height, true);
  return out;
}

/** The first 30 bytes of a WebP of each kind, as the checks read them. */
export function webpHead(
  kind: 'VP8 ' | 'VP8L' | 'VP8X',
  width: number,
  height: number,
): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(30);
  const view = new DataView(out.buffer);
  const text = new TextEncoder();
  out.set(text.encode('RIFF'), 0);
  view.setUint32(4, 22, true);
  out.set(text.encode('WEBP'), 8);
  out.set(text.encode(kind), 12);
  if (kind === 'VP8X') {
    const w = width - 1;
    const h = height - 1;
    out.set(
      [w & 0xff, (w >> 8) & 0xff, (w >> 16) & 0xff, h & 0xff, (h >> 8) & 0xff, (h >> 16) & 0xff],
      24,
    );
  } else if (kind === 'VP8L') {
    out[20] = 0x2f;
    view.setUint32(21, ((width - 1) & 0x3fff) | (((height - 1) & 0x3fff) << 14), true);
  } else {
    out.set([0x9d, 0x01, 0x2a], 23);
    view.setUint16(26, width, true);
    view.setUint16(28, height, true);
  }
  return out;
}
