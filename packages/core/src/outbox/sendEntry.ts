import type { TicketReceipt } from '@destek/protocol';
import type { SupportBackend } from '../backend/SupportBackend.ts';
import { StorageError } from '../errors/StorageError.ts';
import type { StoredEntry } from './OutboxEntry.ts';

/** What {@link sendEntry} reports back while it works. */
export interface SendHooks {
  /** Bytes uploaded so far out of the files still to upload. */
  progress(sent: number, total: number): void;
  /** Called after each upload, once its meta is recorded in the entry. */
  uploaded(): Promise<void>;
}

/**
 * One attempt at a report: uploads each file not yet uploaded (recording its
 * meta in `stored`), then submits with the stored idempotency key. Rejects with
 * whatever the backend rejected with; the caller decides about retrying.
 */
export async function sendEntry(
  backend: SupportBackend,
  stored: StoredEntry,
  blobs: ReadonlyArray<Blob | undefined>,
  hooks: SendHooks,
): Promise<TicketReceipt> {
  const total = stored.files.reduce((sum, f) => sum + (f.meta ? 0 : f.bytes), 0);
  let done = 0;
  hooks.progress(0, total);
  for (const [index, file] of stored.files.entries()) {
    if (file.meta) continue;
    const blob = blobs[index];
    if (!blob)
      throw new StorageError('storage_unavailable', `File ${index} is missing from storage`);
    const base = done;
    file.meta = await backend.uploadAttachment(blob, file.name, {
      onProgress: (sent) => hooks.progress(base + sent, total),
    });
    done += file.bytes;
    await hooks.uploaded();
  }
  const attachments = stored.files.flatMap((f) => (f.meta ? [f.meta] : []));
  return backend.submitReport(
    { ...stored.report, attachments },
    { idempotencyKey: stored.idempotencyKey },
  );
}
