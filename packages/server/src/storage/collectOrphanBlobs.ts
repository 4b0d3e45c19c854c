import type { BlobStore } from './BlobStore.ts';
import type { Storage } from './Storage.ts';

/**
 * Deletes blobs that no attachment row points at: the trace of a crash
 * between the file's rename and its row's commit. Only blobs written before
 * `before` are touched, because a blob written after it may belong to an
 * upload whose row is about to commit.
 */
export async function collectOrphanBlobs(
  storage: Storage,
  blobs: BlobStore,
  before: number,
): Promise<number> {
  const referenced = new Set(await storage.attachmentBlobKeys());
  let removed = 0;
  for (const key of await blobs.keys()) {
    if (referenced.has(key)) continue;
    const writtenAt = await blobs.writtenAt(key);
    if (writtenAt !== null && writtenAt < before) {
      await blobs.delete(key);
      removed += 1;
    }
  }
  return removed;
}
