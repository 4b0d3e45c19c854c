import type { Edits } from '@destek/screenshot';
import { type Signal, useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { FileRejection } from '../coreTypes.ts';
import { finishedName } from './finishedName.ts';
import type { PreparedImage } from './prepareImage.ts';

export type ScreenshotKit = typeof import('./screenshotKit.ts');
/** The editor, checks, capture and compressor: fetched only when an image or a capture needs them. */
const loadKit = () => import('./screenshotKit.ts');

/** An image waiting for the editor; `original` is the picked file's name, null for a capture. */
export interface QueuedImage extends PreparedImage {
  readonly id: number;
  readonly original: string | null;
}

/**
 * Images on their way to becoming attachments, one editor at a time: the
 * report's files step and the chat share it, so a picture is checked by its
 * bytes, edited and compressed the same way wherever it is attached, and the
 * original never leaves this queue.
 */
export interface ImageQueue {
  /** The screenshot chunk once loaded (its editor is what the screens draw). */
  readonly kit: Signal<ScreenshotKit | null>;
  /** Waiting images, the one in the editor first. */
  readonly items: Signal<readonly QueuedImage[]>;
  /** True while images are being checked and decoded, or a capture runs. */
  readonly working: Signal<boolean>;
  /** Which of the batch the editor shows; null when the batch is one image. */
  position(): { index: number; total: number } | null;
  /** Loads the chunk and adds its styles to the shadow root `anchor` is in. */
  getKit(anchor: Node | null): Promise<ScreenshotKit>;
  /**
   * Checks and decodes `images`, queueing those that pass while `room`
   * attachments are left (of `limit`); answers the refusals, each naming the file.
   */
  prepare(
    images: readonly File[],
    room: number,
    limit: number,
    anchor: Node | null,
  ): Promise<FileRejection[]>;
  /** Queues an image already decoded (a capture, masks burned in). */
  enqueue(image: Omit<QueuedImage, 'id'>): void;
  /** Burns the edits in and compresses: the file to attach, named for what it became. */
  finish(item: QueuedImage, edits: Edits, now: number): Promise<File>;
  /** Takes an image out of the queue (attached or discarded), freeing its pixels. */
  drop(item: QueuedImage): void;
}

/** Frees a decoded image's memory once the editor is done with it. */
function release(item: QueuedImage): void {
  if ('close' in item.image) item.image.close();
  else item.image.width = 0;
}

/** The {@link ImageQueue} of one screen; what is still queued is freed when the screen goes. */
export function useImageQueue(): ImageQueue {
  const kit = useSignal<ScreenshotKit | null>(null);
  const items = useSignal<readonly QueuedImage[]>([]);
  const working = useSignal(false);
  const batch = useSignal(0);
  const nextId = useRef(1);
  useEffect(() => () => items.peek().forEach(release), [items]);

  const add = (ready: readonly QueuedImage[]) => {
    if (items.value.length === 0) batch.value = 0;
    batch.value += ready.length;
    items.value = [...items.value, ...ready];
  };
  const getKit = async (anchor: Node | null) => {
    const loaded = kit.value ?? (await loadKit());
    if (anchor) loaded.adoptStyles(anchor, loaded.screenshotEditorCss);
    kit.value = loaded;
    return loaded;
  };

  return {
    kit,
    items,
    working,
    position: () =>
      batch.value > 1 ? { index: batch.value - items.value.length + 1, total: batch.value } : null,
    getKit,
    async prepare(images, room, limit, anchor) {
      const refused: FileRejection[] = [];
      const ready: QueuedImage[] = [];
      const { prepareImage } = await getKit(anchor);
      for (const file of images) {
        if (room - ready.length <= 0) {
          refused.push({ name: file.name || 'image', code: 'too_many', limit });
          continue;
        }
        const result = await prepareImage(file);
        if ('rejection' in result) refused.push(result.rejection);
        else ready.push({ ...result.prepared, id: nextId.current++, original: file.name });
      }
      add(ready);
      return refused;
    },
    enqueue: (image) => add([{ ...image, id: nextId.current++ }]),
    async finish(item, edits, now) {
      const loaded = kit.value ?? (await getKit(null));
      const blob = await loaded.compressEdits(item.image, edits);
      return new File([blob], finishedName(item.original, blob.type, now), { type: blob.type });
    },
    drop(item) {
      release(item);
      items.value = items.value.filter((queued) => queued !== item);
    },
  };
}
