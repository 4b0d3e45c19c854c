// Image files for the files-step tests, made in the browser.

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/**
 * A valid 1-bit white PNG of `width`×`height`, deflated by the browser: a
 * 20000×20000 one is about 60 KB, and would need 1.6 GB to decode.
 */
export async function whitePng(name: string, width: number, height: number): Promise<File> {
  const header = new Uint8Array(13);
  new DataView(header.buffer).setUint32(0, width);
  new DataView(header.buffer).setUint32(4, height);
  header.set([1, 0, 0, 0, 0], 8);
  const row = new Uint8Array(1 + Math.ceil(width / 8)).fill(0xff);
  row[0] = 0;
  const rows = new Blob(Array.from({ length: height }, () => row));
  const deflated = new Uint8Array(
    await new Response(rows.stream().pipeThrough(new CompressionStream('deflate'))).arrayBuffer(),
  );
  const signature = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new File(
    [signature, chunk('IHDR', header), chunk('IDAT', deflated), chunk('IEND', new Uint8Array())],
    name,
    { type: 'image/png' },
  );
}

/** A picture of `width`×`height`: four coloured quarters and a lime (0,255,0) square in the middle. */
export async function photo(name: string, width = 1200, height = 800): Promise<File> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no context');
  ['#d03030', '#3050d0', '#e0c020', '#808080'].forEach((colour, i) => {
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
  return new File([await canvas.convertToBlob({ type: 'image/png' })], name, { type: 'image/png' });
}

/** How many pixels of an image blob are lime. */
export async function limePixels(blob: Blob): Promise<number> {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no context');
  context.drawImage(bitmap, 0, 0);
  const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
  let lime = 0;
  for (let i = 0; i < data.length; i += 4) {
    if ((data[i + 1] ?? 0) > 200 && (data[i] ?? 0) < 60 && (data[i + 2] ?? 0) < 60) lime++;
  }
  return lime;
}
