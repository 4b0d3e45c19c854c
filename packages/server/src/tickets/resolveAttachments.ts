import { type AttachmentMeta, LIMITS } from '@destek/protocol';
import { ApiError } from '../http/ApiError.ts';
import type { ServerContext } from '../ServerContext.ts';
import type { Owner } from '../storage/records.ts';

/**
 * Looks up the attachments a body references and returns the server's own
 * meta for them. Each must belong to the sender and its file must exist: a
 * client cannot attach another visitor's file by guessing or copying its id.
 */
export async function resolveAttachments(
  ctx: ServerContext,
  owner: Owner,
  given: readonly AttachmentMeta[],
  field = 'attachments',
): Promise<AttachmentMeta[]> {
  const out: AttachmentMeta[] = [];
  const seen = new Set<string>();
  let total = 0;
  for (const [index, meta] of given.entries()) {
    const record = await ctx.storage.getAttachment(meta.id);
    const owned = record !== null && record.site === owner.site && record.visitor === owner.visitor;
    if (!owned || !(await ctx.blobs.has(record.blobKey))) {
      throw new ApiError('invalid_body', 'Unknown attachment', { field: `${field}.${index}` });
    }
    if (seen.has(meta.id)) continue;
    seen.add(meta.id);
    total += record.meta.bytes;
    out.push(record.meta);
  }
  if (total > LIMITS.reportAttachmentBytes) {
    throw new ApiError('too_large', 'The attachments together are over the limit', { field });
  }
  return out;
}
