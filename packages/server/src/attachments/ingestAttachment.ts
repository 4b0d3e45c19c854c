import { createHash } from 'node:crypto';
import { type AttachmentMeta, IMAGE_TYPES, LIMITS, newId } from '@destek/protocol';
import { ApiError } from '../http/ApiError.ts';
import type { ServerContext } from '../ServerContext.ts';
import type { Owner } from '../storage/records.ts';
import { cleanFileName } from './cleanFileName.ts';
import { processImage } from './processImage.ts';
import { sniffType } from './sniffType.ts';

type ImageType = (typeof IMAGE_TYPES)[number];

function isImage(type: string): type is ImageType {
  return (IMAGE_TYPES as readonly string[]).includes(type);
}

/**
 * Turns uploaded bytes into a stored attachment: type from magic bytes,
 * images checked and re-encoded, bytes made durable on disk, then the row
 * committed. Returns the wire meta.
 */
export async function ingestAttachment(
  ctx: ServerContext,
  owner: Owner,
  name: string,
  input: Uint8Array,
): Promise<AttachmentMeta> {
  if (input.byteLength === 0)
    throw new ApiError('invalid_body', 'The file is empty', { field: 'file' });
  if (input.byteLength > LIMITS.attachmentBytes) {
    throw new ApiError('too_large', `Files are limited to ${LIMITS.attachmentBytes} bytes`, {
      field: 'file',
    });
  }
  const type = sniffType(input);
  if (!type)
    throw new ApiError('attachment_type', 'This kind of file is not accepted', { field: 'file' });
  let bytes = input;
  let size: { width: number; height: number } | undefined;
  if (isImage(type)) {
    const image = await processImage(input, type);
    bytes = image.bytes;
    size = { width: image.width, height: image.height };
  }
  const id = newId();
  const meta: AttachmentMeta = {
    id,
    name: cleanFileName(name),
    type,
    bytes: bytes.byteLength,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
  if (size) {
    meta.width = size.width;
    meta.height = size.height;
  }
  const blobKey = await ctx.blobs.put(id, bytes);
  await ctx.storage.insertAttachment({
    ...owner,
    meta,
    blobKey,
    createdAt: new Date(ctx.clock()).toISOString(),
  });
  return meta;
}
