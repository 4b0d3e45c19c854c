import { LIMITS } from '@destek/protocol';
import type { Hono } from 'hono';
import { ingestAttachment } from '../attachments/ingestAttachment.ts';
import { ApiError, notFound } from '../http/ApiError.ts';
import { readLimited } from '../http/readLimited.ts';
import type { AppEnv, ServerContext } from '../ServerContext.ts';
import type { AttachmentRecord } from '../storage/records.ts';

// Room for the multipart framing around one file.
const MULTIPART_OVERHEAD = 16 * 1024;

/** `POST /v1/attachments` and `GET /v1/attachments/:id` (owner only). */
export function attachmentRoutes(app: Hono<AppEnv>, ctx: ServerContext): void {
  app.post('/v1/attachments', async (c) => {
    const session = c.get('session');
    const contentType = c.req.header('content-type') ?? '';
    if (!/^multipart\/form-data;.*boundary=/i.test(contentType)) {
      throw new ApiError('unsupported_media_type', 'Send the file as multipart/form-data');
    }
    const body = await readLimited(c.req.raw, LIMITS.attachmentBytes + MULTIPART_OVERHEAD);
    let file: FormDataEntryValue | null;
    try {
      const form = await new Response(body as Uint8Array<ArrayBuffer>, {
        headers: { 'content-type': contentType },
      }).formData();
      file = form.get('file');
    } catch {
      throw new ApiError('invalid_body', 'The multipart body does not parse');
    }
    if (file === null || typeof file === 'string') {
      throw new ApiError('invalid_body', 'Expected a file in the field "file"', { field: 'file' });
    }
    if (file.size > LIMITS.attachmentBytes) {
      throw new ApiError('too_large', `Files are limited to ${LIMITS.attachmentBytes} bytes`, {
        field: 'file',
      });
    }
    const meta = await ingestAttachment(
      ctx,
      session,
      file.name,
      new Uint8Array(await file.arrayBuffer()),
    );
    return c.json(meta, 201);
  });

  app.get('/v1/attachments/:id', async (c) => {
    const session = c.get('session');
    const record = await ctx.storage.getAttachment(c.req.param('id'));
    if (!record || record.site !== session.site || record.visitor !== session.visitor)
      throw notFound();
    return serveAttachment(ctx, record);
  });
}

/**
 * Sends a stored file as a download that no browser will render or sniff:
 * even a file that slipped past the type check cannot run in our origin.
 */
export async function serveAttachment(
  ctx: ServerContext,
  record: AttachmentRecord,
): Promise<Response> {
  const bytes = await ctx.blobs.get(record.blobKey);
  if (!bytes) throw notFound();
  const ascii = record.meta.name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: {
      'content-type': record.meta.type,
      'content-length': String(bytes.byteLength),
      'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(record.meta.name)}`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'private, no-store',
      'cross-origin-resource-policy': 'same-site',
    },
  });
}
