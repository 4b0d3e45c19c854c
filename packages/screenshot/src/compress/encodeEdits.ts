import imageCompression from 'browser-image-compression';
import type { Edits } from '../edit/Edits.ts';
import { outputSize } from '../edit/outputSize.ts';
import { renderEdits } from '../edit/renderEdits.ts';
import type { ResolvedCompressOptions } from './CompressOptions.ts';

/**
 * One image to finish: the (already masked) source and its size, the user's
 * edits, the limits. The source is a `VideoFrame` where the browser has them:
 * Chromium hands one to a worker without copying its pixels on the page's
 * thread, which it does for an `ImageBitmap` (measured: a 4K bitmap blocks the
 * page for 0.1 to 1 s without a GPU; a frame, about 50 ms).
 */
export interface EncodeJob {
  readonly source: ImageBitmap | VideoFrame;
  readonly width: number;
  readonly height: number;
  readonly edits: Edits;
  readonly options: ResolvedCompressOptions;
}

type AnyCanvas = OffscreenCanvas | HTMLCanvasElement;

/**
 * Renders the edits at the output size and compresses the result with
 * browser-image-compression: WebP where this browser encodes it, JPEG
 * otherwise. Re-encoding from pixels leaves no EXIF or other metadata.
 *
 * Runs in the compression worker, or on the page when no worker may start.
 * `useWebWorker: false` is what keeps the library from spawning its own
 * worker, whose script it would fetch from a public CDN (`libURL`); in our
 * worker the library already runs off the page's thread.
 */
export async function encodeEdits(job: EncodeJob): Promise<Blob> {
  const { width, height } = outputSize(job, job.edits, job.options.maxDimension);
  const canvas = makeCanvas(width, height);
  try {
    renderEdits(canvas, job.source, job, job.edits);
  } finally {
    job.source.close();
  }
  // The library starts from a file. Its own uncompressed BMP of the finished
  // pixels is the cheapest one to make and to decode again (a PNG costs a
  // deflate and an inflate: about 0.3 s for 1920×1080 on a slow machine).
  const rendered = await imageCompression.canvasToFile(
    canvas as unknown as HTMLCanvasElement,
    'image/bmp',
    'screenshot.bmp',
    0,
  );
  canvas.width = 0;
  canvas.height = 0;
  const type = (await encodesWebp()) ? 'image/webp' : 'image/jpeg';
  const compressed = await imageCompression(rendered as File, {
    useWebWorker: false,
    fileType: type,
    maxWidthOrHeight: job.options.maxDimension,
    maxSizeMB: job.options.targetBytes / (1024 * 1024),
    initialQuality: job.options.quality,
    maxIteration: job.options.maxIterations,
    preserveExif: false,
  });
  // The library names its result after the input; a plain Blob of the right type is what is wanted.
  return new Blob([compressed], { type });
}

let webp: Promise<boolean> | undefined;

/** Whether this browser's canvas encodes WebP (some answer a WebP request with a PNG). */
function encodesWebp(): Promise<boolean> {
  if (!webp) {
    const probe = makeCanvas(1, 1);
    // An OffscreenCanvas without a context refuses to encode at all.
    probe.getContext('2d');
    webp = toBlob(probe, 'image/webp').then(
      (blob) => blob.type === 'image/webp',
      () => false,
    );
  }
  return webp;
}

function makeCanvas(width: number, height: number): AnyCanvas {
  if (typeof OffscreenCanvas === 'function') return new OffscreenCanvas(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

function toBlob(canvas: AnyCanvas, type: string): Promise<Blob> {
  if ('convertToBlob' in canvas) return canvas.convertToBlob({ type });
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('encode failed'))), type);
  });
}
