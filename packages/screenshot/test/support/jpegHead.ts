/** An APP1 `Exif` segment with an orientation tag and a camera make (`DestekCam`), as phones write. */
export function exifSegment(orientation: number): Uint8Array<ArrayBuffer> {
  const make = new TextEncoder().encode('DestekCam\0');
  // TIFF header (big-endian), IFD0 with two entries: Orientation, Make (offset to the string).
  const tiff = new Uint8Array(8 + 2 + 2 * 12 + 4 + make.length);
  const t = new DataView(tiff.buffer);
  tiff.set([0x4d, 0x4d, 0x00, 0x2a]);
  t.setUint32(4, 8);
  t.setUint16(8, 2);
  t.setUint16(10, 0x0112);
  t.setUint16(12, 3);
  t.setUint32(14, 1);
  t.setUint16(18, orientation);
  t.setUint16(22, 0x010f);
  t.setUint16(24, 2);
  t.setUint32(26, make.length);
  t.setUint32(30, 8 + 2 + 2 * 12 + 4);
  tiff.set(make, 8 + 2 + 2 * 12 + 4);
  const app1 = new Uint8Array(4 + 6 + tiff.length);
  const a = new DataView(app1.buffer);
  a.setUint16(0, 0xffe1);
  a.setUint16(2, 2 + 6 + tiff.length);
  app1.set(new TextEncoder().encode('Exif\0\0'), 4);
  app1.set(tiff, 10);
  return app1;
}

/** The head of a JPEG: SOI, an EXIF segment, then a baseline frame header of `width`×`height` as stored. */
export function jpegHead(
  width: number,
  height: number,
  orientation: number,
): Uint8Array<ArrayBuffer> {
  const app1 = exifSegment(orientation);
  const sof = new Uint8Array([
    0xff, 0xc0, 0, 17, 8, 0, 0, 0, 0, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1,
  ]);
  new DataView(sof.buffer).setUint16(5, height);
  new DataView(sof.buffer).setUint16(7, width);
  const out = new Uint8Array(2 + app1.length + sof.length);
  out.set([0xff, 0xd8]);
  out.set(app1, 2);
  out.set(sof, 2 + app1.length);
  return out;
}

/** A real JPEG (from `jpeg`, as a canvas encodes it) with an EXIF segment put right after its start. */
export async function withExif(jpeg: Blob, orientation: number): Promise<Blob> {
  const bytes = new Uint8Array(await jpeg.arrayBuffer());
  return new Blob([bytes.subarray(0, 2), exifSegment(orientation), bytes.subarray(2)], {
    type: 'image/jpeg',
  });
}
