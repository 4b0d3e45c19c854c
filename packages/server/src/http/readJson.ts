import { LIMITS, validate } from '@destek/protocol';
import type { z } from 'zod/mini';
import { ApiError } from './ApiError.ts';
import { readLimited } from './readLimited.ts';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Reads, parses and validates a JSON body. The content type must be JSON
 * (a form or `text/plain` post is how cross-site requests skip preflight),
 * the size is capped before parsing, and anything that is not UTF-8 or not
 * JSON is a 400, never a crash.
 */
export async function readJson<S extends z.ZodMiniType>(
  request: Request,
  schema: S,
): Promise<z.output<S>> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new ApiError('unsupported_media_type', 'Send the body as application/json');
  }
  const bytes = await readLimited(request, LIMITS.jsonBodyBytes);
  let data: unknown;
  try {
    data = JSON.parse(decoder.decode(bytes));
  } catch {
    throw new ApiError('invalid_json', 'The body is not valid UTF-8 JSON');
  }
  const result = validate(schema, data);
  if (!result.ok) throw new ApiError('invalid_body', result.message, { field: result.field });
  return result.value;
}
