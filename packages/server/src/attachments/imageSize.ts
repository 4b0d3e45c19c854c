/**
 * Width and height read straight from an image's header, without any
 * decoder: the pixel-count check must happen before a library allocates
 * anything for a file that claims to be 20000×20000. Returns null when the
 * header is not where the format puts it.
 */
export function imageSize(
  bytes: Uint8Array,
  type: string,
): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16le = (at: number) => view.getUint16(at, true);
  const u16be = (at: number) => view.getUint16(at, false);
  const u32be = (at: number) => view.getUint32(at, false);
  try {
    if (type === 'image/png') {
      // Signature (8), IHDR length (4) and type (4), then width and height.
      if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
      return { width: u32be(16), height: u32be(20) };
    }
    if (type === 'image/gif') return { width: u16le(6), height: u16le(8) };
    if (type === 'image/webp') return webpSize(bytes, view);
    if (type === 'image/jpeg') return jpegSize(bytes, u16be);
  } catch {
    return null;
  }
  return null;
}

function webpSize(bytes: Uint8Array, view: DataView): { width: number; height: number } | null {
  const chunk = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunk === 'VP8X') {
    const w = 1 + (view.getUint16(24, true) | (view.getUint8(26) << 16));
    const h = 1 + (view.getUint16(27, true) | (view.getUint8(29) << 16));
    return { width: w, height: h };
  }
  if (chunk === 'VP8L') {
    const bits = view.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8 ')
    return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
  return null;
}

function jpegSize(
  bytes: Uint8Array,
  u16be: (at: number) => number,
): { width: number; height: number } | null {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    // Fill bytes and standalone markers carry no length.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    // Start-of-frame markers, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: u16be(at + 5), width: u16be(at + 7) };
    }
    at += 2 + u16be(at + 2);
  }
  return null;
}
