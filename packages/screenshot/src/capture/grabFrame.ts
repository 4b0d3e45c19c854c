/** `ImageCapture` as far as it is used here (Chromium; not in TypeScript's DOM types). */
interface ImageCaptureLike {
  grabFrame(): Promise<ImageBitmap>;
}
type ImageCaptureConstructor = new (track: MediaStreamTrack) => ImageCaptureLike;

/** How long a capture may take to deliver its frame before it counts as failed. */
const FRAME_TIMEOUT_MS = 5000;

/**
 * The next frame of `track`, drawn into a new canvas at the frame's own size.
 * Rejects after a timeout rather than hang when the browser delivers nothing.
 */
export async function grabFrame(
  track: MediaStreamTrack,
  doc: Document,
): Promise<HTMLCanvasElement> {
  const ImageCapture = (globalThis as { ImageCapture?: ImageCaptureConstructor }).ImageCapture;
  if (!ImageCapture) throw new Error('no ImageCapture');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('no frame in time')), FRAME_TIMEOUT_MS);
  });
  const frame = await Promise.race([new ImageCapture(track).grabFrame(), timeout]).finally(() =>
    clearTimeout(timer),
  );
  const canvas = doc.createElement('canvas');
  canvas.width = frame.width;
  canvas.height = frame.height;
  canvas.getContext('2d')?.drawImage(frame, 0, 0);
  frame.close();
  return canvas;
}
