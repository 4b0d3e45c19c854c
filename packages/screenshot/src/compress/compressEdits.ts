import { CaptureError } from '../CaptureError.ts';
import { SCREENSHOT_DEFAULTS } from '../defaults.ts';
import type { Edits } from '../edit/Edits.ts';
import type { CompressOptions, ResolvedCompressOptions } from './CompressOptions.ts';
import type { WorkerAnswer } from './compressWorker.ts';
import type { EncodeJob } from './encodeEdits.ts';

/** Thrown inside: the worker could not start here (CSP, another origin); the page does the work. */
class NoWorker extends Error {}

/** What `compressEdits` takes: anything with pixels and a size. */
export type EditSource = (HTMLCanvasElement | OffscreenCanvas | ImageBitmap) & CanvasImageSource;

/**
 * Finishes a screenshot: the edits drawn at the output size, compressed to
 * the target (see {@link CompressOptions}). The work runs in a worker served
 * from the widget's own files; where none may start (a CSP without
 * `worker-src` for them, or the widget served from another origin) it runs on
 * the page, loading the compressor only then. Never from a CDN.
 *
 * @param source the image as the editor shows it, masks already burned in
 * @throws CaptureError `compress_failed`
 */
export async function compressEdits(
  source: EditSource,
  edits: Edits,
  options: CompressOptions = {},
): Promise<Blob> {
  const resolved: ResolvedCompressOptions = {
    maxDimension: options.maxDimension ?? SCREENSHOT_DEFAULTS.maxDimension,
    targetBytes: options.targetBytes ?? SCREENSHOT_DEFAULTS.targetBytes,
    quality: options.quality ?? SCREENSHOT_DEFAULTS.quality,
    maxIterations: options.maxIterations ?? SCREENSHOT_DEFAULTS.maxIterations,
  };
  const job = async (): Promise<EncodeJob> => ({
    source: await carrier(source),
    width: source.width,
    height: source.height,
    edits,
    options: resolved,
  });
  try {
    try {
      return await inWorker(await job());
    } catch (error) {
      if (!(error instanceof NoWorker)) throw error;
      const { encodeEdits } = await import('./encodeEdits.ts');
      return await encodeEdits(await job());
    }
  } catch (error) {
    throw new CaptureError('compress_failed', 'Destek: the screenshot could not be compressed', {
      cause: error,
    });
  }
}

/**
 * A copy of the pixels for the compressor to own and close: a `VideoFrame`
 * where the browser has them (see `EncodeJob`), else an `ImageBitmap`.
 */
async function carrier(source: EditSource): Promise<ImageBitmap | VideoFrame> {
  if (typeof VideoFrame === 'function') {
    try {
      return new VideoFrame(source, { timestamp: 0 });
    } catch {
      // Not every source may become a frame (an empty canvas cannot); a bitmap is tried next.
    }
  }
  return createImageBitmap(source);
}

function inWorker(job: EncodeJob): Promise<Blob> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./compressWorker.ts', import.meta.url), { type: 'module' });
  } catch (error) {
    job.source.close();
    return Promise.reject(new NoWorker('worker refused', { cause: error }));
  }
  return new Promise<Blob>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      const answer = event.data;
      if ('blob' in answer) resolve(answer.blob);
      else reject(new Error(answer.error));
    };
    // Fired when the script cannot load or run (blocked, missing): the page takes over.
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new NoWorker('worker failed to start'));
    };
    worker.postMessage(job, [job.source]);
  }).finally(() => worker.terminate());
}
