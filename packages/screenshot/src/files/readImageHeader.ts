/** What the first bytes of a file say it is. */
export interface ImageHeader {
  readonly type: 'image/png' | 'image/jpeg' | 'image/webp' | 'image/gif';
  /** From the header; `0` when the header does not say (a JPEG without a frame marker where expected). */
  readonly width: number;
  readonly height: number;
}

/** Bytes read at once: PNG, GIF and WebP sizes sit in the first 30; JPEG markers are walked. */
const HEAD_BYTES = 64;
/** A JPEG's frame header comes after its metadata segments; give up after this many. */
const MAX_JPEG_SEGMENTS = 100;

/**
 * The image type and size read from the file's own bytes (never its name or
 * declared type), without decoding it: a 20000×20000 PNG is refused from its
 * first 24 bytes. `null` for anything that is not PNG, JPEG, WebP or GIF (an
 * HTML page named `.png` included).
 */
export async function readImageHeader(blob: Blob): Promise<ImageHeader | null> {
  const head = await bytes(blob, 0, HEAD_BYTES);
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (head.length >= 24 && view.getUint32(0) === 0x89504e47 && ascii(12, 16) === 'IHDR') {
    return { type: 'image/png', width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (head.length >= 10 && (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a')) {
    return { type: 'image/gif', width: view.getUint16(6, true), height: view.getUint16(8, true) };
  }
  if (head.length >= 30 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') {
    return webpSize(head, view, ascii(12, 16));
  }
  if (head.length >= 4 && view.getUint16(0) === 0xffd8 && head[2] === 0xff) {
    return jpegSize(blob);
  }
  return null;
}

function webpSize(head: Uint8Array, view: DataView, chunk: string): ImageHeader | null {
  const type = 'image/webp';
  if (chunk === 'VP8X') {
    // 24-bit little-endian "size minus one" fields.
    const width = 1 + ((head[24] ?? 0) | ((head[25] ?? 0) << 8) | ((head[26] ?? 0) << 16));
    const height = 1 + ((head[27] ?? 0) | ((head[28] ?? 0) << 8) | ((head[29] ?? 0) << 16));
    return { type, width, height };
  }
  if (chunk === 'VP8L' && head[20] === 0x2f) {
    const bits = view.getUint32(21, true);
    return { type, width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8 ') {
    return {
      type,
      width: view.getUint16(26, true) & 0x3fff,
      height: view.getUint16(28, true) & 0x3fff,
    };
  }
  return null;
}

/**
 * Walks the JPEG's segments (reading only their headers) to the first frame
 * header (SOFn). The size is as displayed: an EXIF orientation of 5 to 8 (a
 * phone held upright) swaps width and height, as decoding will.
 */
async function jpegSize(blob: Blob): Promise<ImageHeader> {
  let offset = 2;
  let turned = false;
  for (let segment = 0; segment < MAX_JPEG_SEGMENTS && offset + 9 <= blob.size; segment++) {
    const marker = await bytes(blob, offset, 9);
    if (marker[0] !== 0xff) break;
    const code = marker[1] ?? 0;
    if (code === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    const view = new DataView(marker.buffer, marker.byteOffset, marker.byteLength);
    const length = view.getUint16(2);
    const isFrame = code >= 0xc0 && code <= 0xcf && code !== 0xc4 && code !== 0xc8 && code !== 0xcc;
    if (isFrame) {
      const width = view.getUint16(7);
      const height = view.getUint16(5);
      return turned
        ? { type: 'image/jpeg', width: height, height: width }
        : { type: 'image/jpeg', width, height };
    }
    if (code === 0xe1) {
      const orientation = exifOrientation(
        await bytes(blob, offset + 4, Math.min(length - 2, 4096)),
      );
      turned = orientation >= 5 && orientation <= 8;
    }
    offset += 2 + length;
  }
  return { type: 'image/jpeg', width: 0, height: 0 };
}

/** The orientation tag (0x0112) of an APP1 `Exif` payload's first directory, 1 when absent. */
function exifOrientation(app1: Uint8Array): number {
  if (String.fromCharCode(...app1.subarray(0, 4)) !== 'Exif' || app1.length < 14) return 1;
  const tiff = new DataView(app1.buffer, app1.byteOffset + 6, app1.byteLength - 6);
  const little = tiff.getUint16(0) === 0x4949;
  const directory = tiff.getUint32(4, little);
  if (directory + 2 > tiff.byteLength) return 1;
  const entries = tiff.getUint16(directory, little);
  for (let i = 0; i < entries; i++) {
    const entry = directory + 2 + i * 12;
    if (entry + 10 > tiff.byteLength) break;
    if (tiff.getUint16(entry, little) === 0x0112) return tiff.getUint16(entry + 8, little);
  }
  return 1;
}

async function bytes(blob: Blob, from: number, length: number): Promise<Uint8Array> {
  return new Uint8Array(await blob.slice(from, from + length).arrayBuffer());
}
