import { z } from 'zod/mini';
import { idSchema } from './ids.ts';
import { ATTACHMENT_TYPES, LIMITS } from './limits.ts';
import { line } from './text.ts';

/**
 * What the server knows of an uploaded file, returned by `POST /v1/attachments`
 * and referenced by id from reports and messages. The name is for display
 * only: files are stored under their id.
 */
export const attachmentMetaSchema = z.lazy(() =>
  z.strictObject({
    id: idSchema,
    name: line(LIMITS.fileNameChars, 1),
    /** Decided from the bytes, not from the name or the upload's header. */
    type: z.enum(ATTACHMENT_TYPES),
    bytes: z.int().check(z.minimum(1), z.maximum(LIMITS.attachmentBytes)),
    /** Lower-case hex SHA-256 of the stored bytes. */
    sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
    width: z.optional(z.int().check(z.minimum(1), z.maximum(100_000))),
    height: z.optional(z.int().check(z.minimum(1), z.maximum(100_000))),
  }),
);

export type AttachmentMeta = z.infer<typeof attachmentMetaSchema>;
