import { ApiError } from './ApiError.ts';

/**
 * Reads a request body, refusing it as soon as it passes `limit` bytes: the
 * declared `Content-Length` is checked first, then the bytes are counted as
 * they stream, because a client may lie or send chunked.
 */
export async function readLimited(request: Request, limit: number): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) {
    throw new ApiError('too_large', `The body is over ${limit} bytes`, { closeConnection: true });
  }
  const body = request.body;
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let step: ReadableStreamReadResult<Uint8Array>;
    try {
      step = await reader.read();
    } catch {
      throw new ApiError('invalid_body', 'The body could not be read');
    }
    if (step.done) break;
    total += step.value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new ApiError('too_large', `The body is over ${limit} bytes`, { closeConnection: true });
    }
    chunks.push(step.value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
